package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** robots.txt (RFC 9309) as HttpFetcher applies it, against a loopback server. */
class HttpFetcherRobotsTest {
  static final FetchPolicy LOOPBACK =
      FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO);

  LoopbackServer server;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server =
        new LoopbackServer()
            .text("/private/page", "text/html", "secret")
            .text("/public/page", "text/html", "hello");
    fetcher = new HttpFetcher(LOOPBACK);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Nested
  class WhenRobotsTxtIsServed {
    @Test
    void aDisallowedPathIsRefusedWithoutBeingRequested() {
      server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");

      assertThat(failure(server.url("/private/page")))
          .hasMessageContaining("disallowed by robots.txt");
      assertThat(server.requestsTo("/private/page")).isZero();
    }

    @Test
    void aCrawlDelayLongerThanTheMinimumSpacesRequestsToTheHost() throws FetchException {
      server.text("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 1\n");

      fetcher.fetch(server.url("/public/page"), Validators.NONE);
      long start = System.nanoTime();
      fetcher.fetch(server.url("/public/page"), Validators.NONE);

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void anAllowedPathIsFetched() throws FetchException {
      server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");

      assertThat(fetcher.fetch(server.url("/public/page"), Validators.NONE).body())
          .asString()
          .isEqualTo("hello");
    }

    @Test
    void aGroupNamingOurRobotWinsOverTheWildcardGroup() {
      server.text(
          "/robots.txt",
          "text/plain",
          "User-agent: newsbridge\nDisallow: /\n\nUser-agent: *\nAllow: /\n");

      assertThat(failure(server.url("/public/page")))
          .hasMessageContaining("disallowed by robots.txt");
    }

    @Test
    void isFetchedOncePerOriginAndCached() throws FetchException {
      server.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");

      fetcher.fetch(server.url("/public/page"), Validators.NONE);
      fetcher.fetch(server.url("/public/page"), Validators.NONE);

      assertThat(server.requestsTo("/robots.txt")).isOne();
    }

    @Test
    void aDisallowedRedirectTargetIsRefusedAtTheHop() {
      server.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
      server.route(
          "/jump",
          exchange -> {
            exchange.getResponseHeaders().set("Location", "/private/page");
            LoopbackServer.send(exchange, 302, null, "");
          });

      assertThat(failure(server.url("/jump"))).hasMessageContaining("disallowed by robots.txt");
      assertThat(server.requestsTo("/private/page")).isZero();
    }
  }

  @Nested
  class WhenRobotsTxtCannotBeHad {
    @Test
    void aMissingRobotsTxtAllowsEverything() throws FetchException {
      // The server's default route answers 404 for /robots.txt.
      assertThat(fetcher.fetch(server.url("/private/page"), Validators.NONE).status())
          .isEqualTo(200);
    }

    @Test
    void aServerErrorDisallowsEverythingForNow() {
      server.route("/robots.txt", exchange -> LoopbackServer.send(exchange, 503, "text/plain", ""));

      assertThat(failure(server.url("/public/page")))
          .hasMessageContaining("robots.txt unreachable")
          .hasMessageContaining("HTTP 503");
      assertThat(server.requestsTo("/public/page")).isZero();
    }

    @Test
    void aServerThatCannotBeReachedSaysSoNotThatRobotsForbidIt() throws Exception {
      int closedPort;
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        closedPort = s.getLocalPort();
      }

      assertThat(failure(URI.create("http://127.0.0.1:" + closedPort + "/feed.xml")))
          .hasMessageContaining("robots.txt unreachable")
          .hasMessageContaining("Connection refused")
          .hasMessageNotContaining("disallowed by robots.txt")
          .hasMessageNotContaining("Exception");
    }
  }

  @Test
  void isNotRequestedWhenThePolicySaysNotToObeyIt() throws FetchException {
    try (HttpFetcher ignoring = new HttpFetcher(LOOPBACK.withObeyRobots(false))) {
      ignoring.fetch(server.url("/private/page"), Validators.NONE);
    }

    assertThat(server.requestsTo("/robots.txt")).isZero();
  }

  private FetchException failure(URI url) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url, Validators.NONE));
  }
}
