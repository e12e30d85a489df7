package dev.newsbridge.source;

import java.net.URI;
import java.time.Instant;

/**
 * One item of a feed: a link to an article page and the hints the feed gives about it. Only
 * http(s) links survive parsing.
 *
 * @param link the article URL (absolute, http or https)
 * @param title the feed's title for it, or null
 * @param author the feed's author, or null
 * @param publishedAt the feed's date, or null
 */
public record FeedEntry(URI link, String title, String author, Instant publishedAt) {}
