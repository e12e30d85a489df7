/**
 * Stage 3, language: tells which language an article is written in.
 */
package dev.newsbridge.language;
