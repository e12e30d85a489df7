/**
 * Internal helpers of the source stage (feed decoding, safe XML parsing, link and text clean-up).
 * Not public API: only {@link dev.newsbridge.source} is; these may change without notice.
 */
package dev.newsbridge.source.internal;
