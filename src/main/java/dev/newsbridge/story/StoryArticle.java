package dev.newsbridge.story;

import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.text.ChineseScripts;
import dev.newsbridge.text.CreditedNames;
import dev.newsbridge.translate.ChineseLexicon;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the story stage reads of one article: its original text, its English text (the translation,
 * or the original when that is English) and the canonical English names of its entities.
 *
 * @param id the store's article id
 * @param time publication time (fetch time when the page gave none)
 * @param language the original's language code
 * @param title the original headline ("" when none)
 * @param paragraphs the original body
 * @param englishTitle the English headline, or "" when there is no English text yet
 * @param englishParagraphs the English body, or empty
 * @param entities canonical English entity names, e.g. "Sam Altman"
 * @param outlet the credited outlet (the extracted one, e.g. the outlet a copy says it took the
 *     report from; in English when the translation names it), else the source's name
 * @param publisher the name of the source that published this copy of the text (for a content
 *     farm, the farm), which {@code outlet} may credit away from
 * @param regions the regions of China its places lie in ({@link ArticleRegions#NONE} when unknown)
 */
public record StoryArticle(
    long id,
    Instant time,
    String language,
    String title,
    List<String> paragraphs,
    String englishTitle,
    List<String> englishParagraphs,
    Set<String> entities,
    String outlet,
    String publisher,
    ArticleRegions regions) {
  /**
   * An article whose publisher is its credited outlet (it credits nobody else) and whose regions
   * are unknown (an English original, or a test's fixture).
   */
  public StoryArticle(
      long id,
      Instant time,
      String language,
      String title,
      List<String> paragraphs,
      String englishTitle,
      List<String> englishParagraphs,
      Set<String> entities,
      String outlet) {
    this(id, time, language, title, paragraphs, englishTitle, englishParagraphs, entities, outlet,
        outlet, ArticleRegions.NONE);
  }

  public StoryArticle {
    title = title == null ? "" : title;
    englishTitle = englishTitle == null ? "" : englishTitle;
    paragraphs = List.copyOf(paragraphs);
    englishParagraphs = List.copyOf(englishParagraphs);
    // In the given order (an immutable Set.copyOf reorders per JVM start): see Entities.share.
    entities = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(entities));
    outlet = outlet == null ? "" : outlet;
    publisher = publisher == null ? outlet : publisher;
    regions = regions == null ? ArticleRegions.NONE : regions;
  }

  /** A stored article as the story stage sees it. */
  public static StoryArticle of(StoredArticle a) {
    Translation t = a.translation();
    boolean english = "en".equals(a.language());
    String englishTitle = t != null ? t.title() : english ? a.original().title() : "";
    List<String> englishBody =
        t != null ? t.paragraphs() : english ? a.original().paragraphs() : List.of();
    String outlet = a.original().outlet();
    Set<String> entities = t != null
        ? names(withoutMakers(t.entities(), outlet, a.sourceName()), a.original().title(),
            a.original().paragraphs())
        : Set.of();
    if (outlet != null && t != null) {
      outlet = englishName(outlet, t); // 澎湃新闻 is The Paper, the name its feed goes by
    }
    return new StoryArticle(
        a.id(),
        a.sortTime().toInstant(),
        a.language(),
        a.original().title(),
        a.original().paragraphs(),
        englishTitle,
        englishBody,
        entities,
        outlet == null || outlet.isBlank() ? a.sourceName() : outlet,
        a.sourceName(),
        t != null
            ? ArticleRegions.of(t.entities(), a.original().title(), a.original().paragraphs())
            : english ? ArticleRegions.ofEnglish(englishTitle, englishBody) : ArticleRegions.NONE);
  }

  /**
   * The canonical English names of the people, organisations and places among {@code entities}
   * (the translation's entity layer), in its order: what the story stage compares. A person a
   * Taiwan page names in Taiwan's spelling is compared by the pinyin a mainland page has.
   */
  public static Set<String> names(List<Entity> entities) {
    Set<String> names = new LinkedHashSet<>();
    for (Entity e : entities) {
      if (e.type() != Entity.Type.OTHER) {
        names.add(ChineseLexicon.regionNeutralName(e));
      }
    }
    return names;
  }

  /**
   * As {@link #names(List)}, without the names the text does not hold (the page's byline and
   * outlet, which the translation resolves for display) and the people it names only as its makers
   * (reporters, editors, photographers: {@link CreditedNames}).
   */
  public static Set<String> names(List<Entity> entities, String title, List<String> paragraphs) {
    String text = title + "\n" + String.join("\n", paragraphs);
    String simplified = ChineseScripts.simplified(text);
    CreditedNames credits = CreditedNames.in(text);
    return names(entities.stream()
        .filter(e -> e.original() == null
            || simplified.contains(ChineseScripts.simplified(e.original())))
        .filter(e -> e.type() != Entity.Type.PERSON || !credits.onlyCredited(e.original()))
        .toList());
  }

  /**
   * {@code entities} without the outlet that publishes the article: every report of an outlet
   * names it in its credits ({@code 本报讯（望川日报记者…）}), so it ties none to another.
   */
  private static List<Entity> withoutMakers(List<Entity> entities, String outlet, String source) {
    return entities.stream()
        .filter(e -> e.type() == Entity.Type.PERSON
            || !(sameName(e.original(), outlet) || sameName(e.original(), source)))
        .toList();
  }

  private static boolean sameName(String a, String b) {
    return a != null && b != null && !b.isBlank()
        && ChineseScripts.simplified(a.strip()).equals(ChineseScripts.simplified(b.strip()));
  }

  /** The English name the translation gives {@code outlet}, else {@code outlet}. */
  private static String englishName(String outlet, Translation t) {
    return t.entities().stream()
        .filter(e -> outlet.strip().equals(e.original()))
        .map(Entity::english)
        .findFirst()
        .orElse(outlet);
  }

  /** True when there is English text (a translation, or an English original). */
  public boolean hasEnglish() {
    return !englishTitle.isBlank() || !englishParagraphs.isEmpty();
  }

  /** True when the original is written in Chinese (compared by its own characters). */
  public boolean chinese() {
    return language != null && language.startsWith("zh");
  }
}
