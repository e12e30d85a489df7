package dev.newsbridge.web.internal;

/** A story in the /stories listing. */
public record StoryCard(
    String href,
    String headline,
    String headlineLang,
    int articles,
    int outlets,
    String firstOutlet,
    Times first,
    Times last) {}
