package dev.newsbridge.store;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Articles written by the project for store and search tests. The OpenAI-board story is our own
 * short text in the shape of the report that started Newsbridge: a Chinese original naming 奥特曼 and
 * an English translation naming Sam Altman.
 */
public final class TestArticles {

  /** Beijing time, as Chinese outlets publish. */
  public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

  public static final Instant FETCHED_AT = Instant.parse("2024-03-09T12:00:00.123456Z");

  public static final Tag OPENAI = new Tag("OpenAI", "openai", Tag.Kind.ORGANIZATION);
  public static final Tag SAM_ALTMAN = new Tag("Sam Altman", "sam-altman", Tag.Kind.PERSON);
  public static final Tag AI_SAFETY = new Tag("AI safety", "ai-safety", Tag.Kind.TOPIC);
  public static final Tag MARKETS = new Tag("Markets", "markets", Tag.Kind.TOPIC);

  private TestArticles() {}

  /** The OpenAI board story: original in Chinese, translation in English, three tags. */
  public static NewArticle openAiBoard(long sourceId, String url) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create(url),
            "OpenAI董事会调查结束，奥特曼重返董事会",
            "胡含嫣",
            "澎湃新闻",
            OffsetDateTime.of(2024, 3, 9, 10, 30, 0, 0, BEIJING),
            List.of("OpenAI宣布，外部律师事务所对董事会去年解雇奥特曼一事的调查已经结束。", "奥特曼将重新加入董事会，公司同时任命了三名新董事。"),
            "UTF-8",
            List.of());
    Translation translation =
        new Translation(
            "offline-gloss",
            "Translated from Chinese by the offline gloss engine",
            "OpenAI board review ends, Sam Altman returns to the board",
            List.of(
                "OpenAI said an outside law firm has finished reviewing the board's decision to"
                    + " fire Sam Altman last year.",
                "Altman will rejoin the board, and the company named three new directors."),
            List.of(
                new Entity("奥特曼", "Sam Altman", Entity.Type.PERSON),
                new Entity("OpenAI", "OpenAI", Entity.Type.ORGANIZATION)));
    return new NewArticle(
        sourceId, "zh", original, translation, List.of(OPENAI, SAM_ALTMAN, AI_SAFETY), FETCHED_AT);
  }

  /** A translated article with the given headline and publication time. */
  public static NewArticle translated(
      long sourceId, String url, String englishTitle, OffsetDateTime publishedAt, Tag... tags) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create(url),
            "原标题：" + englishTitle,
            null,
            null,
            publishedAt,
            List.of("第一段。", "第二段。"),
            "GB18030",
            List.of());
    Translation translation =
        new Translation(
            "offline-gloss",
            "Translated from Chinese",
            englishTitle,
            List.of("First paragraph.", "Second paragraph."),
            List.of());
    return new NewArticle(sourceId, "zh", original, translation, List.of(tags), FETCHED_AT);
  }

  /** A Chinese article whose translation has not been done yet (translation is null). */
  public static NewArticle pendingTranslation(long sourceId, String url) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create(url),
            "股市收盘小幅上涨",
            null,
            null,
            null,
            List.of("沪深两市今日收盘小幅上涨。"),
            "UTF-8",
            List.of("published time not found"));
    return new NewArticle(sourceId, "zh", original, null, List.of(), FETCHED_AT);
  }

  /** Beijing wall-clock time on 9 March 2024. */
  public static OffsetDateTime march9(int hour, int minute) {
    return OffsetDateTime.of(2024, 3, 9, hour, minute, 0, 0, BEIJING);
  }
}
