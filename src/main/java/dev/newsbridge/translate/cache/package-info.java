/**
 * The translation cache: {@link dev.newsbridge.translate.cache.CachingTranslator} in front of any
 * translator, keyed by (source text hash, engine id, glossary version), over a {@link
 * dev.newsbridge.translate.cache.TranslationCache} port (SQLite in the store, or in memory).
 */
package dev.newsbridge.translate.cache;
