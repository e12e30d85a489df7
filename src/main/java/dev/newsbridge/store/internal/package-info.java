/**
 * Internal to the store: SQLite connections, SQL helpers and row mapping behind {@link
 * dev.newsbridge.store.SqliteArticleStore}. Not public API; may change without notice.
 */
package dev.newsbridge.store.internal;
