package dev.newsbridge.fetch.internal;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRules.RobotRulesMode;
import crawlercommons.robots.SimpleRobotRulesParser;
import dev.newsbridge.fetch.FetchException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * robots.txt rules per origin (scheme, host, port: RFC 9309 §2.3), parsed by crawler-commons and
 * cached. How a fetch outcome maps to rules (RFC 9309 §2.3.1):
 *
 * <ul>
 *   <li>2xx: the file's rules for our robot name, else for {@code *};
 *   <li>4xx (except 429): "unavailable", everything allowed;
 *   <li>429, 5xx, network failure, too many redirects: "unreachable", everything disallowed for now
 *       (crawler-commons' {@code failedFetch} does the same for redirects);
 *   <li>the origin's own address refused by the SSRF check: the refusal is passed on, so the page
 *       fetch reports it instead of a robots verdict.
 * </ul>
 *
 * Two threads missing the cache at once may both fetch the file; the second result wins. That costs
 * one request, not correctness.
 */
public final class RobotsCache {

  /** How long fetched rules are used, 24 hours: RFC 9309 §2.4 "SHOULD NOT" use them longer. */
  public static final Duration RULES_TTL = Duration.ofHours(24);

  /** How long "unreachable" (disallow all) is kept before trying again: 10 minutes. */
  public static final Duration UNREACHABLE_TTL = Duration.ofMinutes(10);

  /**
   * Fetches a robots.txt URL, following redirects; returns the final answer whatever its status.
   */
  @FunctionalInterface
  public interface Loader {
    HopResponse load(URI robotsUrl) throws FetchException;
  }

  /**
   * @param unreachable why the file could not be had (its rules then disallow everything), or null
   */
  private record Cached(BaseRobotRules rules, Instant expires, String unreachable) {
    Cached(BaseRobotRules rules, Instant expires) {
      this(rules, expires, null);
    }
  }

  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final ConcurrentMap<String, Cached> byOrigin = new ConcurrentHashMap<>();
  private final String robotName;
  private final Loader loader;
  private final InstantSource clock;

  public RobotsCache(String userAgent, Loader loader, InstantSource clock) {
    this.robotName = robotName(userAgent);
    this.loader = loader;
    this.clock = clock;
  }

  /** The product token of a User-Agent, lower-cased ("Newsbridge/0.1 (…)" gives "newsbridge"). */
  static String robotName(String userAgent) {
    return userAgent.trim().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
  }

  /**
   * Why robots.txt does not let us fetch {@code url}, or null when it does: its rules forbid the
   * path, or the file itself could not be had (a 5xx, a refused connection), which RFC 9309 says
   * to read as "disallow everything" for now; the reason says which, so an operator is not told a
   * site forbids us when it is only down.
   */
  public String refusal(URI url) throws FetchException {
    Cached cached = cachedFor(url);
    if (cached.rules().isAllowed(url.toString())) {
      return null;
    }
    return cached.unreachable() == null
        ? "disallowed by robots.txt"
        : "robots.txt unreachable (" + cached.unreachable() + "), so the site is not fetched for now";
  }

  /**
   * The robots.txt {@code Crawl-delay} for {@code url}'s origin, or zero when none is set. (A delay
   * above crawler-commons' maximum, 5 minutes, already turned the rules into "disallow all".)
   */
  public Duration crawlDelay(URI url) throws FetchException {
    long millis = cachedFor(url).rules().getCrawlDelay();
    return millis <= 0 ? Duration.ZERO : Duration.ofMillis(millis);
  }

  private Cached cachedFor(URI url) throws FetchException {
    String origin = origin(url);
    Cached cached = byOrigin.get(origin);
    Instant now = clock.instant();
    if (cached == null || !now.isBefore(cached.expires())) {
      cached = load(URI.create(origin + "/robots.txt"), now);
      byOrigin.put(origin, cached);
    }
    return cached;
  }

  private Cached load(URI robotsUrl, Instant now) throws FetchException {
    HopResponse response;
    try {
      response = loader.load(robotsUrl);
    } catch (FetchException e) {
      if (e.getCause() instanceof BlockedAddressException) {
        throw e;
      }
      return unreachable(now, e.getMessage());
    }
    int status = response.status();
    if (response.isSuccess()) {
      BaseRobotRules rules =
          parser.parseContent(
              robotsUrl.toString(), response.body(), response.contentType(), List.of(robotName));
      return new Cached(rules, now.plus(RULES_TTL));
    }
    if (status >= 400 && status < 500 && status != 429) {
      return new Cached(new SimpleRobotRules(RobotRulesMode.ALLOW_ALL), now.plus(RULES_TTL));
    }
    return unreachable(now, "HTTP " + status);
  }

  private static Cached unreachable(Instant now, String why) {
    return new Cached(
        new SimpleRobotRules(RobotRulesMode.ALLOW_NONE), now.plus(UNREACHABLE_TTL), why);
  }

  private static String origin(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return scheme + "://" + host + (url.getPort() == -1 ? "" : ":" + url.getPort());
  }
}
