package dev.newsbridge.demo;

import java.net.URI;

/**
 * One outlet's RSS feed on the demo site, ready to add as a source.
 *
 * @param name the outlet's name, e.g. "澄观新闻", "曦潮日報" or "The Kestrel Bay Courier"
 * @param url the feed URL on 127.0.0.1
 * @param language the outlet's language as a BCP 47 tag: "zh" for every Chinese demo outlet,
 *     Taipei's too (its region is left for the desk to read from the text), "en" for the English
 *     daily
 */
public record DemoFeed(String name, URI url, String language) {}
