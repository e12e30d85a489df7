package dev.newsbridge.store;

import java.util.Optional;

/** The previous (older) and next (newer) article of the same source, by publication time. */
public record Neighbours(Optional<ArticleRef> previous, Optional<ArticleRef> next) {}
