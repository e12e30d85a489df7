package dev.newsbridge.store;

/** A link to another article: id and display title. */
public record ArticleRef(long id, String title) {}
