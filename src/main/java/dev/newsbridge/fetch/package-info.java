/**
 * Stage 1, fetch: gets bytes from the open web politely and safely (address checks after DNS,
 * size and time caps, redirect limit, robots.txt, conditional GET). Decoding the bytes is not done
 * here: {@link dev.newsbridge.charset.TextDecoder} decides the charset for every parser.
 * {@link dev.newsbridge.fetch.HttpUrls} is the one http(s) rule and URL resolution all stages use.
 */
package dev.newsbridge.fetch;
