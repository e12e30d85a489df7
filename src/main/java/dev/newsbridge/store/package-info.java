/**
 * Stage 6, store: the database of sources and articles (SQLite embedded by default). The database is the source of truth.
 */
package dev.newsbridge.store;
