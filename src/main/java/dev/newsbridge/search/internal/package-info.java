/**
 * Internal to search: Lucene fields, analyzers, document mapping and the guarded query parser
 * behind {@link dev.newsbridge.search.LuceneSearchIndex}. Not public API; may change without
 * notice.
 */
package dev.newsbridge.search.internal;
