/**
 * Internal parts of {@link dev.newsbridge.language.LanguageDetector}: script counts and stopword
 * profiles. Not public API; may change without notice.
 */
package dev.newsbridge.language.internal;
