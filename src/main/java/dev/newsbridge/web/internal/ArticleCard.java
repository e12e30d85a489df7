package dev.newsbridge.web.internal;

import java.util.List;

/**
 * One article in a listing: its (English) title, the original title when there is a translation,
 * outlet, time, a short summary and tags.
 *
 * @param titleLang BCP 47 tag of {@code title} ("en" when translated)
 * @param originalTitle null when the title shown is already the original
 * @param time null when neither publication nor fetch time is known
 */
public record ArticleCard(
    String href,
    String title,
    String titleLang,
    String originalTitle,
    String originalLang,
    String outlet,
    Times time,
    String summary,
    boolean pending,
    List<TagLink> tags) {}
