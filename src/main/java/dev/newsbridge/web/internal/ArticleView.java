package dev.newsbridge.web.internal;

import java.util.List;

/**
 * Everything the article page shows. Text fields are plain text (the template escapes them);
 * nullable fields are simply left out of the page.
 *
 * @param originalTitle the original headline when {@code title} is a translation, else null
 * @param outletEnglish the outlet's English name when the translation knows it, else null
 * @param reporterEnglish the reporter's English name when the translation knows it, else null
 * @param timeLabel "Published", or "Fetched" when the page gave no publication time
 * @param note the honest word on the text: the engine's label, "Translation pending", or null for
 *     an English original
 * @param bodyLang BCP 47 tag of {@code body}
 * @param originalBody the original paragraphs when {@code body} is a translation, else empty
 * @param originalUrl the outlet's page, only when it is an http(s) URL
 */
public record ArticleView(
    long id,
    String title,
    String titleLang,
    String originalTitle,
    String originalLang,
    String languageName,
    String outlet,
    String outletEnglish,
    String reporter,
    String reporterEnglish,
    Times time,
    String timeLabel,
    String note,
    boolean pending,
    List<String> body,
    String bodyLang,
    List<String> originalBody,
    List<TagLink> tags,
    NavLink previous,
    NavLink next,
    String originalUrl,
    String sourceName,
    String sourceHref) {}
