/**
 * Shared decoding: turns the bytes of a web page or feed into text, choosing the charset ourselves
 * (byte order mark, then the HTTP header, then the document's own declaration, then detection)
 * because the web lies about charsets. Labels are mapped the WHATWG way, so {@code gb2312} and
 * {@code gbk} are decoded with the GB18030 decoder.
 *
 * <p>Entry point: {@link dev.newsbridge.charset.TextDecoder#decode(byte[], String)}.
 */
package dev.newsbridge.charset;
