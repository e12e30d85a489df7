/**
 * Internal to the enrich stage, not public API: the curated topic glossary, the world's places,
 * keyphrase ranking and slugs behind {@link dev.newsbridge.enrich.EntityKeyphraseTagger}.
 */
package dev.newsbridge.enrich.internal;
