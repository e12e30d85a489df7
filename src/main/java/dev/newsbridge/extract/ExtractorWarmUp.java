package dev.newsbridge.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts pages written for the purpose ({@link #PAGES}: Chinese and English news pages with
 * every part the extractor reads) a few times, so that a long-running desk's first real page
 * does not pay for loading and compiling jsoup's and the extractor's code. In a fresh JVM the
 * first large page took 220–330 ms, mostly that (issue #3: no page over 200 ms); after this
 * warm-up, under 120 ms. Once per JVM, since compiled code is the JVM's; a one-shot command
 * ({@code newsbridge extract}) does without it.
 */
public final class ExtractorWarmUp {
  /**
   * The pages, in this package's {@code warm-up/} resources: besides a Chinese and an English page
   * in UTF-8, one in GB18030 with no charset named (the detection a mainland archive page needs)
   * and one in Traditional characters (the Simplified view Taiwan's pages need): with the first
   * two alone, such pages still took 190–250 ms on a first pass.
   */
  public static final List<String> PAGES =
      List.of("warm-up/zh-city-news-page.html", "warm-up/en-city-news-page.html",
          "warm-up/zh-county-news-page-gb18030-unlabelled.html",
          "warm-up/zh-hant-city-news-page.html");

  /**
   * Passes over the pages: {@value}. After one pass the first large page took 110 ms, after ten
   * 80 ms, after two hundred 70 ms; the warm-up itself about 0.3 s of one core.
   */
  public static final int PASSES = 10;

  private static final Logger LOG = LoggerFactory.getLogger(ExtractorWarmUp.class);
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  static final URI BASE = URI.create("https://warm-up.invalid/");

  /** A fetch time after the pages' dates (a page dated after its fetch has no time). */
  static final Instant FETCHED_AT = Instant.parse("2024-03-19T00:00:00Z");

  private ExtractorWarmUp() {}

  /** Runs the warm-up now, on this thread, and returns how long it took. */
  public static Duration run(ArticleExtractor extractor) {
    List<byte[]> pages = PAGES.stream().map(ExtractorWarmUp::read).toList();
    long start = System.nanoTime();
    for (int pass = 0; pass < PASSES; pass++) {
      for (byte[] page : pages) {
        extractor.extract(page, null, BASE, FETCHED_AT); // no header: the page's own charset
      }
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /**
   * Starts the warm-up on a daemon thread unless this JVM has started one already; returns whether
   * it started one. A failure is logged and harms nothing: the extractor is only slower at first.
   */
  public static boolean inBackground(ArticleExtractor extractor) {
    if (!STARTED.compareAndSet(false, true)) {
      return false;
    }
    Thread thread = new Thread(() -> runLogged(extractor), "extractor-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
    return true;
  }

  private static void runLogged(ArticleExtractor extractor) {
    try {
      LOG.debug("extractor warm-up took {} ms", run(extractor).toMillis());
    } catch (RuntimeException e) {
      LOG.warn("extractor warm-up failed (first pages may be slower): {}", e.toString());
    }
  }

  /** A warm-up page's bytes, as bundled. */
  static byte[] read(String resource) {
    try (InputStream in = ExtractorWarmUp.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("warm-up page missing from the build: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
