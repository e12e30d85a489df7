/**
 * Internal parts of {@link dev.newsbridge.extract.ArticleExtractor}: page cleaning, text blocks,
 * content scoring, and the finders for headline, byline, outlet and publication time. Not public
 * API; may change without notice.
 */
package dev.newsbridge.extract.internal;
