/**
 * Measuring translation: corpus chrF2 and BLEU exactly as sacreBLEU defines them, names kept
 * right, and speed, over a sentence-aligned corpus such as {@code shared/corpus/mt-dev}. Used by
 * {@code newsbridge bench translate}; nothing here runs during ingest.
 */
package dev.newsbridge.translate.bench;
