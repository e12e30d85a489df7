package dev.newsbridge.extract.bench;

import dev.newsbridge.charset.TextDecoder;
import dev.newsbridge.extract.ArticleExtractor;
import dev.newsbridge.extract.ExtractedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;

/**
 * Runs the extractor over labelled pages and scores it per subset and overall. Also times the
 * whole extraction and, separately, jsoup's parse alone, so the cost of the extractor's own passes
 * is visible. This is one pass: run first in a JVM, its times are the cold ones; {@link SpeedRun}
 * measures warm code and memory.
 */
public final class ExtractionBench {
  private final ArticleExtractor extractor;
  private final Instant fetchedAt;

  public ExtractionBench(ArticleExtractor extractor, Instant fetchedAt) {
    this.extractor = extractor;
    this.fetchedAt = fetchedAt;
  }

  /** Scores {@code pages}; {@code perPage} receives one line per page (for tuning by eye). */
  public Result run(List<LabelledPage> pages, Consumer<String> perPage) throws IOException {
    Map<String, SubsetScore> subsets = new LinkedHashMap<>();
    SubsetScore overall = new SubsetScore("overall");
    long extractNanos = 0;
    long parseNanos = 0;
    long decodeNanos = 0;
    long slowestNanos = 0;
    int over200Ms = 0;
    String slowest = null;
    for (LabelledPage page : pages) {
      byte[] bytes = Files.readAllBytes(page.html());
      long start = System.nanoTime();
      ExtractedArticle article = extractor.extract(bytes, null, SpeedRun.urlOf(page), fetchedAt);
      long took = System.nanoTime() - start;
      extractNanos += took;
      over200Ms += took > 200_000_000L ? 1 : 0;
      if (took > slowestNanos) {
        slowestNanos = took;
        slowest = page.subset() + "/" + page.id();
      }
      long decodeStart = System.nanoTime();
      String html = TextDecoder.decode(bytes, null).text();
      decodeNanos += System.nanoTime() - decodeStart;
      parseNanos += timeParseOnly(html);
      SubsetScore subset = subsets.computeIfAbsent(page.subset(), SubsetScore::new);
      String line = score(page, article, subset);
      score(page, article, overall);
      perPage.accept(line);
    }
    List<SubsetScore> all = new ArrayList<>(subsets.values());
    all.add(overall);
    return new Result(
        all, pages.size(), extractNanos, parseNanos, decodeNanos, slowestNanos, slowest,
        over200Ms);
  }

  private static long timeParseOnly(String html) {
    long start = System.nanoTime();
    Jsoup.parse(html);
    return System.nanoTime() - start;
  }

  private static String score(LabelledPage page, ExtractedArticle article, SubsetScore s) {
    s.pages++;
    String body = String.join("\n", article.paragraphs());
    s.withBody.add(!body.isEmpty());
    s.withTitle.add(article.title() != null);
    s.withAuthor.add(article.author() != null);
    s.withTime.add(article.publishedAt() != null);
    StringBuilder line = new StringBuilder(page.subset() + "/" + page.id());
    if (page.content() != null) {
      Shingles.Overlap words = Shingles.WORDS.overlap(page.content(), body);
      s.words.add(words, Shingles.WORDS.tokens(page.content()).equals(Shingles.WORDS.tokens(body)));
      line.append(String.format(" P=%.3f R=%.3f", words.precision(), words.recall()));
      if (page.subset().startsWith("zh")) {
        Shingles.Overlap chars = Shingles.CJK_CHARACTERS.overlap(page.content(), body);
        s.characters.add(chars, Shingles.CJK_CHARACTERS.tokens(page.content())
            .equals(Shingles.CJK_CHARACTERS.tokens(body)));
        line.append(String.format(" charP=%.3f charR=%.3f", chars.precision(), chars.recall()));
      }
    }
    if (page.title() != null) {
      boolean ok = MetadataMatch.title(page.title(), article.title());
      s.title.add(ok);
      line.append(ok ? " title=ok" : miss("title", page.title(), article.title()));
    }
    if (page.author() != null) {
      boolean ok = MetadataMatch.author(page.author(), article.author());
      s.author.add(ok);
      line.append(ok ? " author=ok" : miss("author", page.author(), article.author()));
    }
    if (page.publishTime() != null) {
      boolean ok = MetadataMatch.time(page.publishTime(), article.publishedAt());
      s.time.add(ok);
      line.append(ok ? " time=ok" : miss("time", page.publishTime(), article.publishedAt()));
    }
    page.mustContain().forEach(snippet -> s.snippets.add(body.contains(snippet)));
    page.mustNotContain().forEach(snippet -> s.snippets.add(!body.contains(snippet)));
    return line.toString();
  }

  /** A miss names the label and what the extractor gave, so a miss can be read without digging. */
  private static String miss(String field, String expected, Object got) {
    return " " + field + "=MISS[expected '" + expected + "' got '" + got + "']";
  }

  /**
   * The outcome of one run.
   *
   * @param subsets one score per subset, then "overall"
   * @param pages how many pages were extracted
   * @param extractNanos time spent in the extractor (decoding, parsing, extraction)
   * @param parseNanos time jsoup alone needs to parse the same (decoded) pages
   * @param decodeNanos time the charset decision and decoding alone take on the same pages
   * @param slowestNanos the longest extraction of one page
   * @param slowestPage that page ({@code subset/id}), or null without pages
   * @param pagesOver200Ms how many pages took longer than 200 ms
   */
  public record Result(
      List<SubsetScore> subsets,
      int pages,
      long extractNanos,
      long parseNanos,
      long decodeNanos,
      long slowestNanos,
      String slowestPage,
      int pagesOver200Ms) {
    public double pagesPerSecond() {
      return extractNanos == 0 ? 0 : pages / (extractNanos / 1e9);
    }

    /** Extraction time less decoding and jsoup's parse: the extractor's own passes. */
    public long afterParseNanos() {
      return Math.max(0, extractNanos - decodeNanos - parseNanos);
    }

    /** The extractor's own passes as a multiple of jsoup's parse time (target: at most 0.5). */
    public double afterParseRatio() {
      return parseNanos == 0 ? 0 : (double) afterParseNanos() / parseNanos;
    }

    public SubsetScore subset(String name) {
      return subsets.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }
  }
}
