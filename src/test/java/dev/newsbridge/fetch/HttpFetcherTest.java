package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HttpFetcher against a real loopback server: the protocol behaviour a feed reader relies on. */
class HttpFetcherTest {
  static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
  static final FetchPolicy LOOPBACK =
      FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO);

  LoopbackServer server;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(LOOPBACK, InstantSource.fixed(NOW));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void returnsBodyContentTypeAndFetchTime() throws FetchException {
    server.text("/feed.xml", "application/rss+xml; charset=utf-8", "<rss/>");

    FetchedResource resource = fetcher.fetch(server.url("/feed.xml"), Validators.NONE);

    assertThat(resource.status()).isEqualTo(200);
    assertThat(resource.body()).asString().isEqualTo("<rss/>");
    assertThat(resource.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(resource.finalUrl()).isEqualTo(server.url("/feed.xml"));
    assertThat(resource.fetchedAt()).isEqualTo(NOW);
  }

  @Test
  void identifiesItselfWithTheConfiguredUserAgent() throws FetchException {
    server.text("/page", "text/html", "<p>hi</p>");

    fetcher.fetch(server.url("/page"), Validators.NONE);

    assertThat(server.requests())
        .extracting(LoopbackServer.Request::userAgent)
        .containsOnly(FetchPolicy.DEFAULT_USER_AGENT);
  }

  @Test
  void anEmptyBodyIsAnEmptyResourceNotAnError() throws FetchException {
    server.text("/empty", "text/html", "");

    assertThat(fetcher.fetch(server.url("/empty"), Validators.NONE).body()).isEmpty();
  }

  @Nested
  class ConditionalGet {
    @Test
    void sendsIfNoneMatchAndReturns304WithAnEmptyBody() throws FetchException {
      server.route(
          "/etag",
          exchange -> {
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            boolean fresh = "\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            LoopbackServer.send(exchange, fresh ? 304 : 200, "text/xml", fresh ? "" : "<rss/>");
          });

      FetchedResource first = fetcher.fetch(server.url("/etag"), Validators.NONE);
      FetchedResource second = fetcher.fetch(server.url("/etag"), first.validators());

      assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", null));
      assertThat(second.notModified()).isTrue();
      assertThat(second.body()).isEmpty();
      assertThat(second.validators()).isEqualTo(first.validators());
    }

    @Test
    void sendsIfModifiedSinceAndKeepsTheValidatorWhenThe304OmitsIt() throws FetchException {
      String lastModified = "Sat, 01 Mar 2025 07:00:00 GMT";
      server.route(
          "/lm",
          exchange -> {
            if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
              LoopbackServer.send(exchange, 304, null, "");
            } else {
              exchange.getResponseHeaders().set("Last-Modified", lastModified);
              LoopbackServer.send(exchange, 200, "text/xml", "<rss/>");
            }
          });

      FetchedResource first = fetcher.fetch(server.url("/lm"), Validators.NONE);
      FetchedResource second = fetcher.fetch(server.url("/lm"), first.validators());

      assertThat(first.validators().lastModified()).isEqualTo(lastModified);
      assertThat(second.notModified()).isTrue();
      assertThat(second.validators()).isEqualTo(new Validators(null, lastModified));
      assertThat(server.requests())
          .extracting(LoopbackServer.Request::ifModifiedSince)
          .contains(lastModified);
    }

    @Test
    void sendsNoConditionalHeadersWithoutValidators() throws FetchException {
      server.text("/plain", "text/plain", "x");

      fetcher.fetch(server.url("/plain"), Validators.NONE);

      assertThat(server.requests())
          .allSatisfy(
              r -> {
                assertThat(r.ifNoneMatch()).isNull();
                assertThat(r.ifModifiedSince()).isNull();
              });
    }
  }

  @Nested
  class ErrorStatus {
    @Test
    void tooManyRequestsCarriesRetryAfterInSeconds() {
      server.route(
          "/busy",
          exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            LoopbackServer.send(exchange, 429, "text/plain", "slow down");
          });

      FetchException e = fetchFailure(server.url("/busy"));

      assertThat(e.status()).isEqualTo(429);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
      assertThat(e.url()).isEqualTo(server.url("/busy"));
    }

    @Test
    void serviceUnavailableCarriesRetryAfterGivenAsAnHttpDate() {
      String inNinetySeconds =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atOffset(ZoneOffset.UTC));
      server.route(
          "/down",
          exchange -> {
            exchange.getResponseHeaders().set("Retry-After", inNinetySeconds);
            LoopbackServer.send(exchange, 503, "text/plain", "maintenance");
          });

      FetchException e = fetchFailure(server.url("/down"));

      assertThat(e.status()).isEqualTo(503);
      assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void notFoundHasTheStatusAndNoRetryAfter() {
      FetchException e = fetchFailure(server.url("/missing"));

      assertThat(e.status()).isEqualTo(404);
      assertThat(e.retryAfter()).isNull();
      assertThat(e).hasMessageContaining("HTTP 404");
    }
  }

  @Nested
  class Redirects {
    @Test
    void followsARelativeRedirectAndReportsTheFinalUrl() throws FetchException {
      server.route(
          "/old",
          exchange -> {
            exchange.getResponseHeaders().set("Location", "/new");
            LoopbackServer.send(exchange, 301, null, "");
          });
      server.text("/new", "text/plain", "moved here");

      FetchedResource resource = fetcher.fetch(server.url("/old"), Validators.NONE);

      assertThat(resource.requestedUrl()).isEqualTo(server.url("/old"));
      assertThat(resource.finalUrl()).isEqualTo(server.url("/new"));
      assertThat(resource.body()).asString().isEqualTo("moved here");
    }

    @Test
    void aRedirectLoopStopsAtTheLimitWithAnErrorNamingTheChain() {
      server.route(
          "/loop",
          exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            LoopbackServer.send(exchange, 302, null, "");
          });

      FetchException e = fetchFailure(server.url("/loop"));

      assertThat(e)
          .hasMessageContaining("too many redirects (limit 5)")
          .hasMessageContaining(server.url("/loop") + " -> " + server.url("/loop"));
      assertThat(server.requestsTo("/loop")).isEqualTo(FetchPolicy.DEFAULT_MAX_REDIRECTS + 1);
    }

    @Test
    void aChainOfTwentyStopsAtTheLimit() {
      server.route(
          "/hop/",
          exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getPath().substring(5));
            exchange.getResponseHeaders().set("Location", "/hop/" + (n + 1));
            LoopbackServer.send(exchange, n < 20 ? 307 : 200, "text/plain", "");
          });

      FetchException e = fetchFailure(server.url("/hop/1"));

      assertThat(e)
          .hasMessageContaining("/hop/1 -> ")
          .hasMessageContaining("-> " + server.url("/hop/7"));
      assertThat(server.requests())
          .extracting(LoopbackServer.Request::path)
          .doesNotContain("/hop/7");
    }

    @Test
    void aRedirectToAFileUrlIsRefused() {
      server.route(
          "/to-file",
          exchange -> {
            exchange.getResponseHeaders().set("Location", "file:///etc/passwd");
            LoopbackServer.send(exchange, 302, null, "");
          });

      assertThat(fetchFailure(server.url("/to-file")))
          .hasMessageContaining("redirect refused, only http and https are fetched")
          .hasMessageContaining("file:///etc/passwd");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "file:///etc/passwd",
        "ftp://127.0.0.1/feed.xml",
        "jar:file:///tmp/x.jar!/feed.xml",
        "gopher://127.0.0.1:70/",
        "data:text/xml,%3Crss/%3E",
        "javascript:alert(1)",
        "/relative"
      })
  void schemesOtherThanHttpAndHttpsAreRefused(String url) {
    assertThat(fetchFailure(URI.create(url)))
        .hasMessageContaining("only http and https URLs with a host are fetched");
    assertThat(server.requests()).isEmpty();
  }

  @Nested
  class Politeness {
    @Test
    void waitsTheMinimumDelayBetweenRequestsToOneHost() throws Exception {
      server.text("/a", "text/plain", "a").text("/b", "text/plain", "b");
      Duration delay = Duration.ofMillis(300);
      FetchPolicy polite = LOOPBACK.withObeyRobots(false).withMinDelayPerHost(delay);

      try (HttpFetcher politeFetcher = new HttpFetcher(polite)) {
        politeFetcher.fetch(server.url("/a"), Validators.NONE);
        politeFetcher.fetch(server.url("/b"), Validators.NONE);
      }

      List<LoopbackServer.Request> log = server.requests();
      long gapNanos = log.get(1).receivedNanos() - log.get(0).receivedNanos();
      assertThat(Duration.ofNanos(gapNanos)).isGreaterThanOrEqualTo(delay);
    }

    @Test
    void sendsOneRequestAtATimeToAHost() throws Exception {
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger mostInFlight = new AtomicInteger();
      server.route(
          "/slow",
          exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
              Thread.sleep(150);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } finally {
              inFlight.decrementAndGet();
            }
            LoopbackServer.send(exchange, 200, "text/plain", "done");
          });
      ExecutorService threads = Executors.newFixedThreadPool(3);
      try {
        List<Future<FetchedResource>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
          results.add(threads.submit(() -> fetcher.fetch(server.url("/slow"), Validators.NONE)));
        }
        for (Future<FetchedResource> result : results) {
          assertThat(result.get().status()).isEqualTo(200);
        }
      } finally {
        threads.shutdownNow();
      }

      assertThat(mostInFlight.get()).isEqualTo(1);
    }
  }

  private FetchException fetchFailure(URI url) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url, Validators.NONE));
  }

  @Test
  void aNullUrlIsAProgrammingError() {
    assertThatThrownBy(() -> fetcher.fetch(null, Validators.NONE))
        .isInstanceOf(NullPointerException.class);
  }
}
