/**
 * Internal helpers of {@link dev.newsbridge.charset.TextDecoder}: label mapping, declaration
 * sniffing, byte order marks and detection. Not public API; may change without notice.
 */
package dev.newsbridge.charset.internal;
