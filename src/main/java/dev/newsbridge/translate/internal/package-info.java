/**
 * Internal to the translate stage, not public API: the CC-CEDICT dictionary, the entity glossary
 * and recognisers, name romanisation, placeholders, and the offline gloss engine. Anything here may
 * change without notice; other stages use {@link dev.newsbridge.translate.Translator}.
 */
package dev.newsbridge.translate.internal;
