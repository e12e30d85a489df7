/**
 * Stage 2, extract: finds an article page's headline, byline, outlet, publication time and body paragraphs, and drops the boilerplate around them.
 */
package dev.newsbridge.extract;
