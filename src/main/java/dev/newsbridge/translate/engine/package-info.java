/**
 * HTTP translation engines behind {@link dev.newsbridge.translate.TranslationEngine}: any
 * OpenAI-compatible chat-completions server, LibreTranslate and DeepL, each wrapped in the entity
 * layer by {@link dev.newsbridge.translate.EntityAwareTranslator}. {@link
 * dev.newsbridge.translate.engine.Engines} builds the configured one.
 */
package dev.newsbridge.translate.engine;
