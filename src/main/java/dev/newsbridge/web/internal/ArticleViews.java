package dev.newsbridge.web.internal;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.Neighbours;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.text.ChineseScripts;
import dev.newsbridge.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns stored articles into what the templates show. */
public final class ArticleViews {
  /** Listing summaries are cut to this many characters (code points), at a word if possible. */
  static final int SUMMARY_CHARS = 220;

  static final String UNTITLED = "(untitled)";
  static final String PENDING = "Translation pending";

  private ArticleViews() {}

  public static ArticleCard card(StoredArticle article) {
    ExtractedArticle original = article.original();
    Translation translation = article.translation();
    List<String> body = article.displayBody();
    String originalLang = originalLang(article);
    return new ArticleCard(
        Links.article(article.id()),
        titleOrPlaceholder(article.displayTitle()),
        titleLang(article, originalLang),
        translation != null ? original.title() : null,
        originalLang,
        outletLine(article),
        Times.of(article.sortTime()),
        body.isEmpty() ? "" : Texts.shorten(body.get(0), SUMMARY_CHARS),
        article.translationPending(),
        article.tags().stream().map(TagLink::of).toList());
  }

  public static ArticleView page(StoredArticle article, Neighbours neighbours) {
    ExtractedArticle original = article.original();
    Translation translation = article.translation();
    String outlet = outlet(article);
    String originalLang = originalLang(article);
    String displayLang = titleLang(article, originalLang);
    return new ArticleView(
        article.id(),
        titleOrPlaceholder(article.displayTitle()),
        displayLang,
        translation != null ? original.title() : null,
        originalLang,
        Names.languageName(article.language()),
        outlet,
        Names.english(outlet, translation),
        original.author(),
        Names.english(original.author(), translation),
        Times.of(article.sortTime()),
        original.publishedAt() != null ? "Published" : "Fetched",
        note(article),
        article.translationPending(),
        article.displayBody(),
        displayLang,
        translation != null ? original.paragraphs() : List.of(),
        article.tags().stream().map(TagLink::of).toList(),
        neighbours.previous().map(NavLink::of).orElse(null),
        neighbours.next().map(NavLink::of).orElse(null),
        Links.externalOrNull(original.url()),
        withEnglish(article.sourceName(), translation),
        Links.source(article.sourceId()));
  }

  /** "Wangchuan Daily (望川日报)" when the translation gives {@code name} in English, else the name. */
  private static String withEnglish(String name, Translation translation) {
    String english = Names.english(name, translation);
    return english == null ? name : english + " (" + name + ")";
  }

  /** The credited outlet, falling back to the source's name. */
  static String outlet(StoredArticle article) {
    String outlet = article.original().outlet();
    return outlet == null || outlet.isBlank() ? article.sourceName() : outlet;
  }

  /** "The Paper (澎湃新闻)" when the English name is known, else the outlet as credited. */
  static String outletLine(StoredArticle article) {
    String outlet = outlet(article);
    return withEnglish(outlet, article.translation());
  }

  static String note(StoredArticle article) {
    Translation translation = article.translation();
    if (translation != null) {
      return translation.label() == null || translation.label().isBlank()
          ? "Machine-translated by the " + translation.engine() + " engine"
          : translation.label();
    }
    return article.translationPending() ? PENDING : null;
  }

  static String titleOrPlaceholder(String title) {
    return title == null || title.isBlank() ? UNTITLED : title;
  }

  static String titleLang(StoredArticle article) {
    return article.translation() != null ? "en" : originalLang(article);
  }

  /** {@link #titleLang(StoredArticle)} when the original's tag is known already. */
  private static String titleLang(StoredArticle article, String originalLang) {
    return article.translation() != null ? "en" : originalLang;
  }

  /**
   * The {@code lang} of the original text: zh-Hant for Chinese printed in Traditional characters,
   * so that browsers draw them with Traditional glyph forms (a Taipei paper's 骨 and 直 look other
   * than Beijing's); the article's language tag otherwise.
   */
  static String originalLang(StoredArticle article) {
    String tag = langTag(article.language());
    if (!tag.equals("zh")) {
      return tag;
    }
    ExtractedArticle original = article.original();
    List<String> sample = new ArrayList<>();
    sample.add(original.title() == null ? "" : original.title());
    sample.addAll(original.paragraphs().subList(0, Math.min(3, original.paragraphs().size())));
    return ChineseScripts.isTraditional(sample) ? "zh-Hant" : tag;
  }

  /** A well-formed BCP 47 tag for a {@code lang} attribute; "und" for anything else. */
  static String langTag(String code) {
    return code == null ? "und" : Locale.forLanguageTag(code).toLanguageTag();
  }
}
