/**
 * Stage 1, fetch: gets bytes from the open web politely and safely (address checks after DNS, size and time caps, redirect limit, robots.txt, conditional GET) and decides how to decode them (charset detection; {@code gb2312}/{@code gbk} labels decode as GB18030).
 */
package dev.newsbridge.fetch;
