package dev.newsbridge.fetch;

import dev.newsbridge.fetch.internal.HostAllowlist;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a {@link Fetcher} talks to the open web: one typed configuration, each default documented
 * beside its constant. Use {@link #defaults()} and the {@code with…} methods.
 *
 * @param userAgent the {@code User-Agent} header; its first product token (lower-cased) is also the
 *     name we look for in robots.txt groups
 * @param connectTimeout limit for the TCP connect, and separately for the TLS handshake
 * @param readTimeout limit for any single socket read (no byte for this long aborts the fetch)
 * @param totalTimeout limit for one HTTP exchange, from connection lease to the last body byte;
 *     this is what stops a server that trickles one byte at a time
 * @param maxBodyBytes cap on the <em>decompressed</em> body; a larger {@code Content-Length} is
 *     refused before reading, a larger stream is cut at {@code maxBodyBytes + 1}
 * @param maxRobotsBytes how much of a robots.txt we read; the rest is ignored (RFC 9309 §2.5)
 * @param maxRedirects how many redirects one fetch follows before failing
 * @param minDelayPerHost the pause between the end of one request to a host and the start of the
 *     next (one request at a time per host regardless)
 * @param obeyRobots whether robots.txt is fetched and honoured
 * @param allowPrivateHosts whether loopback, private, link-local and other non-public addresses may
 *     be reached (off: SSRF protection)
 * @param privateHostAllowlist non-public targets allowed even when {@code allowPrivateHosts} is
 *     off: {@code host:port}, a bare host (any port) or a CIDR block ({@code 10.1.0.0/16})
 */
public record FetchPolicy(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    long maxBodyBytes,
    long maxRobotsBytes,
    int maxRedirects,
    Duration minDelayPerHost,
    boolean obeyRobots,
    boolean allowPrivateHosts,
    List<String> privateHostAllowlist) {

  /** Default {@code User-Agent}: {@value}. */
  public static final String DEFAULT_USER_AGENT = "Newsbridge/0.1 (self-hosted news desk)";

  /** Default connect (and TLS handshake) timeout in seconds: {@value}. */
  public static final int DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

  /** Default per-read timeout in seconds: {@value}. */
  public static final int DEFAULT_READ_TIMEOUT_SECONDS = 10;

  /** Default total deadline for one HTTP exchange in seconds: {@value}. */
  public static final int DEFAULT_TOTAL_TIMEOUT_SECONDS = 30;

  /** Default cap on a decompressed body, 10 MiB: {@value} bytes (Miniflux 15 MiB, jsoup 2 MB). */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  /** Default robots.txt read cap, 500 KiB as RFC 9309 §2.5 asks at least: {@value} bytes. */
  public static final long DEFAULT_MAX_ROBOTS_BYTES = 500L * 1024;

  /** Default redirect limit: {@value} (RFC 9309 §2.3.1.2 asks robots.txt to follow 5). */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** Default pause between two requests to one host in milliseconds: {@value}. */
  public static final long DEFAULT_MIN_DELAY_PER_HOST_MILLIS = 1000;

  public FetchPolicy {
    Objects.requireNonNull(userAgent, "userAgent");
    require(
        !userAgent.isBlank() && userAgent.indexOf('\r') < 0 && userAgent.indexOf('\n') < 0,
        "userAgent must be one non-blank line");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requirePositive(totalTimeout, "totalTimeout");
    require(maxBodyBytes > 0, "maxBodyBytes must be positive");
    require(maxRobotsBytes > 0, "maxRobotsBytes must be positive");
    require(maxRedirects >= 0, "maxRedirects must not be negative");
    Objects.requireNonNull(minDelayPerHost, "minDelayPerHost");
    require(!minDelayPerHost.isNegative(), "minDelayPerHost must not be negative");
    privateHostAllowlist = List.copyOf(privateHostAllowlist);
    HostAllowlist.parse(privateHostAllowlist); // fails fast on a malformed entry
  }

  /** The documented defaults: safe for the open web (private hosts refused, robots obeyed). */
  public static FetchPolicy defaults() {
    return new FetchPolicy(
        DEFAULT_USER_AGENT,
        Duration.ofSeconds(DEFAULT_CONNECT_TIMEOUT_SECONDS),
        Duration.ofSeconds(DEFAULT_READ_TIMEOUT_SECONDS),
        Duration.ofSeconds(DEFAULT_TOTAL_TIMEOUT_SECONDS),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_MAX_ROBOTS_BYTES,
        DEFAULT_MAX_REDIRECTS,
        Duration.ofMillis(DEFAULT_MIN_DELAY_PER_HOST_MILLIS),
        true,
        false,
        List.of());
  }

  public FetchPolicy withUserAgent(String value) {
    return with(d -> d.userAgent = value);
  }

  public FetchPolicy withConnectTimeout(Duration value) {
    return with(d -> d.connectTimeout = value);
  }

  public FetchPolicy withReadTimeout(Duration value) {
    return with(d -> d.readTimeout = value);
  }

  public FetchPolicy withTotalTimeout(Duration value) {
    return with(d -> d.totalTimeout = value);
  }

  public FetchPolicy withMaxBodyBytes(long value) {
    return with(d -> d.maxBodyBytes = value);
  }

  public FetchPolicy withMaxRedirects(int value) {
    return with(d -> d.maxRedirects = value);
  }

  public FetchPolicy withMinDelayPerHost(Duration value) {
    return with(d -> d.minDelayPerHost = value);
  }

  public FetchPolicy withObeyRobots(boolean value) {
    return with(d -> d.obeyRobots = value);
  }

  public FetchPolicy withAllowPrivateHosts(boolean value) {
    return with(d -> d.allowPrivateHosts = value);
  }

  public FetchPolicy withPrivateHostAllowlist(List<String> value) {
    return with(d -> d.privateHostAllowlist = value);
  }

  /** A copy with one change; the constructor validates the result as it does every policy. */
  private FetchPolicy with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.build();
  }

  /** A mutable copy of every component, so each wither names only the one it changes. */
  private static final class Draft {
    String userAgent;
    Duration connectTimeout;
    Duration readTimeout;
    Duration totalTimeout;
    long maxBodyBytes;
    long maxRobotsBytes;
    int maxRedirects;
    Duration minDelayPerHost;
    boolean obeyRobots;
    boolean allowPrivateHosts;
    List<String> privateHostAllowlist;

    Draft(FetchPolicy p) {
      userAgent = p.userAgent;
      connectTimeout = p.connectTimeout;
      readTimeout = p.readTimeout;
      totalTimeout = p.totalTimeout;
      maxBodyBytes = p.maxBodyBytes;
      maxRobotsBytes = p.maxRobotsBytes;
      maxRedirects = p.maxRedirects;
      minDelayPerHost = p.minDelayPerHost;
      obeyRobots = p.obeyRobots;
      allowPrivateHosts = p.allowPrivateHosts;
      privateHostAllowlist = p.privateHostAllowlist;
    }

    FetchPolicy build() {
      return new FetchPolicy(
          userAgent,
          connectTimeout,
          readTimeout,
          totalTimeout,
          maxBodyBytes,
          maxRobotsBytes,
          maxRedirects,
          minDelayPerHost,
          obeyRobots,
          allowPrivateHosts,
          privateHostAllowlist);
    }
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    require(!value.isNegative() && !value.isZero(), name + " must be positive");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
