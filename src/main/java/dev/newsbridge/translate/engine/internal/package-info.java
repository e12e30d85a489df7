/**
 * Internal to the HTTP engines, not public API: the bounded JSON-over-HTTP exchange, request
 * batching, answer sanitising and Retry-After parsing. Anything here may change without notice.
 */
package dev.newsbridge.translate.engine.internal;
