package dev.newsbridge.fetch;

import dev.newsbridge.fetch.internal.BodyLimit;
import dev.newsbridge.fetch.internal.Deadlines;
import dev.newsbridge.fetch.internal.GuardedDnsResolver;
import dev.newsbridge.fetch.internal.HopResponse;
import dev.newsbridge.fetch.internal.HostAllowlist;
import dev.newsbridge.fetch.internal.HostThrottle;
import dev.newsbridge.fetch.internal.HttpClientFactory;
import dev.newsbridge.fetch.internal.HttpExchange;
import dev.newsbridge.fetch.internal.RedirectChain;
import dev.newsbridge.fetch.internal.RetryAfter;
import dev.newsbridge.fetch.internal.RobotsCache;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Objects;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The {@link Fetcher} for the open web, on Apache HttpClient 5, enforcing a {@link FetchPolicy}:
 *
 * <ul>
 *   <li>http and https only, on the first URL and on every redirect hop;
 *   <li>the SSRF check at connect time, after DNS, on every hop (private, loopback, link-local,
 *       CGNAT, ULA, multicast and IPv4-embedding IPv6 addresses refused unless allowed);
 *   <li>connect, per-read and total time limits; a decompressed-size cap;
 *   <li>a redirect limit, with the chain named in the error;
 *   <li>conditional GET from {@link Validators}, 304 returned as a result with an empty body;
 *   <li>robots.txt per origin, and one request at a time per host with a minimum delay (the
 *       robots.txt {@code Crawl-delay} when that is longer).
 * </ul>
 *
 * <p>Non-2xx answers become a {@link FetchException} carrying the status and, for 429 and 503, the
 * parsed {@code Retry-After}. Thread-safe; close it to release connections and its timer thread.
 * Out of scope: cookies, authentication, proxies, Brotli, HTTP/2, caching bodies.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
  private final FetchPolicy policy;
  private final CloseableHttpClient client;
  private final Deadlines deadlines = new Deadlines();
  private final HttpExchange exchange;
  private final HostThrottle throttle;
  private final RobotsCache robots;

  public HttpFetcher(FetchPolicy policy) {
    this(policy, InstantSource.system());
  }

  /** A fetcher whose {@code fetchedAt}, {@code Retry-After} dates and caches use {@code clock}. */
  public HttpFetcher(FetchPolicy policy, InstantSource clock) {
    this(policy, clock, SystemDefaultDnsResolver.INSTANCE);
  }

  /** For tests: {@code dns} answers before the SSRF check sees the addresses. */
  HttpFetcher(FetchPolicy policy, InstantSource clock, DnsResolver dns) {
    this.policy = Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(clock, "clock");
    HostAllowlist allowlist = HostAllowlist.parse(policy.privateHostAllowlist());
    this.client =
        HttpClientFactory.create(
            policy, new GuardedDnsResolver(dns, policy.allowPrivateHosts(), allowlist));
    this.exchange = new HttpExchange(client, deadlines, policy.totalTimeout(), clock);
    this.throttle =
        new HostThrottle(
            policy.minDelayPerHost(),
            clock,
            d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000));
    this.robots = new RobotsCache(policy.userAgent(), this::loadRobots, clock);
  }

  @Override
  public FetchedResource fetch(URI url, Validators validators) throws FetchException {
    Objects.requireNonNull(url, "url");
    Validators sent = validators == null ? Validators.NONE : validators;
    HopResponse last =
        follow(url, sent, BodyLimit.failAbove(policy.maxBodyBytes()), policy.obeyRobots());
    return toResource(url, sent, last);
  }

  private HopResponse follow(URI url, Validators validators, BodyLimit limit, boolean obeyRobots)
      throws FetchException {
    RedirectChain chain = new RedirectChain(url, policy.maxRedirects());
    while (true) {
      URI hop = chain.current();
      String refusal = obeyRobots ? robots.refusal(hop) : null;
      if (refusal != null) {
        throw new FetchException(hop, refusal);
      }
      Duration crawlDelay = obeyRobots ? robots.crawlDelay(hop) : Duration.ZERO;
      HopResponse response =
          throttle.run(hop, crawlDelay, () -> exchange.get(hop, validators, limit));
      if (!response.isRedirect()) {
        return response;
      }
      chain.follow(response.location());
    }
  }

  private HopResponse loadRobots(URI robotsUrl) throws FetchException {
    return follow(robotsUrl, Validators.NONE, BodyLimit.truncateAt(policy.maxRobotsBytes()), false);
  }

  private FetchedResource toResource(URI requested, Validators sent, HopResponse last)
      throws FetchException {
    if (last.status() == 304) {
      Validators kept =
          new Validators(
              last.etag() != null ? last.etag() : sent.etag(),
              last.lastModified() != null ? last.lastModified() : sent.lastModified());
      return resource(requested, last, kept);
    }
    if (last.isSuccess()) {
      return resource(requested, last, new Validators(last.etag(), last.lastModified()));
    }
    throw httpError(requested, last);
  }

  private FetchedResource resource(URI requested, HopResponse last, Validators validators) {
    return new FetchedResource(
        requested,
        last.url(),
        last.status(),
        last.contentType(),
        last.body(),
        validators,
        last.receivedAt());
  }

  private static FetchException httpError(URI requested, HopResponse last) {
    boolean asksToWait = last.status() == 429 || last.status() == 503;
    Duration retryAfter =
        asksToWait ? RetryAfter.parse(last.retryAfter(), last.receivedAt()) : null;
    String reason =
        "HTTP "
            + last.status()
            + (last.reasonPhrase() == null ? "" : " " + last.reasonPhrase())
            + (last.url().equals(requested) ? "" : " from " + last.url());
    return new FetchException(requested, last.status(), retryAfter, reason, null);
  }

  @Override
  public void close() {
    deadlines.close();
    try {
      client.close();
    } catch (IOException e) {
      // Closing releases pooled connections; nothing useful to report if a socket close fails.
    }
  }
}
