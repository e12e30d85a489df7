package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SSRF defence (RELIABILITY.md §3.3): non-public targets are refused at connect time, after DNS, on
 * every redirect hop. A canary server on 127.0.0.1 proves no connection was made: its request log
 * must stay empty.
 */
class HttpFetcherAddressCheckTest {
  static final FetchPolicy PUBLIC_ONLY = FetchPolicy.defaults().withMinDelayPerHost(Duration.ZERO);

  LoopbackServer canary;

  @BeforeEach
  void startCanary() throws IOException {
    canary = new LoopbackServer().text("/", "text/plain", "canary reached");
  }

  @AfterEach
  void stopCanary() {
    canary.close();
  }

  @ParameterizedTest(name = "{0} is refused as a {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          http://127.0.0.1:PORT/                          | loopback address
          http://localhost:PORT/                          | loopback address
          http://[::1]:PORT/                              | loopback address
          http://0.0.0.0:PORT/                            | unspecified address
          http://[::]:PORT/                               | unspecified address
          http://2130706433:PORT/                         | loopback address
          http://169.254.169.254:PORT/latest/meta-data/   | link-local address
          http://10.0.0.1:PORT/                           | private address
          http://172.16.5.4:PORT/                         | private address
          http://192.168.1.1:PORT/                        | private address
          http://100.64.0.1:PORT/                         | carrier-grade NAT address
          http://224.0.0.1:PORT/                          | multicast address
          http://[fd00::1]:PORT/                          | unique local address
          http://[fe80::1]:PORT/                          | link-local address
          http://[::ffff:127.0.0.1]:PORT/                 | loopback address
          http://[::ffff:169.254.169.254]:PORT/           | link-local address
          http://[64:ff9b::a9fe:a9fe]:PORT/               | NAT64 address
          http://[2002:a9fe:a9fe::]:PORT/                 | 6to4 address
          http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]:PORT/ | Teredo address
          http://[ff02::1]:PORT/                          | multicast address
          """)
  void aNonPublicTargetIsRefusedWithoutAConnectionAttempt(String url, String reason) {
    URI target = URI.create(url.replace("PORT", String.valueOf(canary.port())));

    try (HttpFetcher fetcher = new HttpFetcher(PUBLIC_ONLY)) {
      FetchException e = failure(fetcher, target);

      assertThat(e).hasMessageContaining("refused").hasMessageContaining("a " + reason);
      assertThat(e.status()).isZero();
    }
    assertThat(canary.requests()).isEmpty();
  }

  @Nested
  class Allowlist {
    LoopbackServer redirector;

    @BeforeEach
    void startRedirector() throws IOException {
      redirector = new LoopbackServer();
    }

    @AfterEach
    void stopRedirector() {
      redirector.close();
    }

    HttpFetcher allowingOnlyTheRedirector() {
      return new HttpFetcher(
          PUBLIC_ONLY.withPrivateHostAllowlist(List.of("127.0.0.1:" + redirector.port())));
    }

    @Test
    void anAllowlistedHostAndPortIsReachable() throws FetchException {
      redirector.text("/feed.xml", "application/rss+xml", "<rss/>");

      try (HttpFetcher fetcher = allowingOnlyTheRedirector()) {
        assertThat(fetcher.fetch(redirector.url("/feed.xml"), Validators.NONE).status())
            .isEqualTo(200);
      }
    }

    @Test
    void aRedirectToAnotherPortOfTheSameLoopbackHostIsRefusedAtTheHop() {
      redirectTo("http://127.0.0.1:" + canary.port() + "/");

      try (HttpFetcher fetcher = allowingOnlyTheRedirector()) {
        assertThat(failure(fetcher, redirector.url("/go")))
            .hasMessageContaining("refused")
            .hasMessageContaining("loopback address");
      }
      assertThat(redirector.requestsTo("/go")).isOne();
      assertThat(canary.requests()).isEmpty();
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefusedAtTheHop() {
      redirectTo("http://169.254.169.254/latest/meta-data/");

      try (HttpFetcher fetcher = allowingOnlyTheRedirector()) {
        assertThat(failure(fetcher, redirector.url("/go")))
            .hasMessageContaining("169.254.169.254")
            .hasMessageContaining("link-local address");
      }
    }

    @Test
    void aCidrEntryAdmitsEveryPortInTheBlock() throws FetchException {
      try (HttpFetcher fetcher =
          new HttpFetcher(PUBLIC_ONLY.withPrivateHostAllowlist(List.of("127.0.0.0/8")))) {
        assertThat(fetcher.fetch(canary.url("/"), Validators.NONE).status()).isEqualTo(200);
      }
    }

    private void redirectTo(String location) {
      redirector.route(
          "/go",
          exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            LoopbackServer.send(exchange, 302, null, "");
          });
    }
  }

  @Nested
  class Dns {
    /** Answers every name with one address, counting lookups. */
    final class FixedAnswer implements DnsResolver {
      final AtomicInteger lookups = new AtomicInteger();
      final String address;

      FixedAnswer(String address) {
        this.address = address;
      }

      @Override
      public InetAddress[] resolve(String host) throws UnknownHostException {
        lookups.incrementAndGet();
        return new InetAddress[] {InetAddress.getByName(address)};
      }

      @Override
      public String resolveCanonicalHostname(String host) {
        return host;
      }
    }

    @Test
    void aPublicLookingNameThatResolvesToLoopbackIsRefused() {
      FixedAnswer rebinding = new FixedAnswer("127.0.0.1");
      URI url = URI.create("http://news.example.com:" + canary.port() + "/feed.xml");

      try (HttpFetcher fetcher =
          new HttpFetcher(PUBLIC_ONLY.withObeyRobots(false), InstantSource.system(), rebinding)) {
        assertThat(failure(fetcher, url))
            .hasMessageContaining("news.example.com resolves to 127.0.0.1, a loopback address");
      }
      assertThat(canary.requests()).isEmpty();
    }

    @Test
    void theAddressCheckedIsTheAddressConnectedToFromASingleLookup() throws FetchException {
      // One lookup per connection, checked and then used: no earlier "validation" lookup that a
      // rebinding DNS server could answer differently from the one the socket uses.
      FixedAnswer dns = new FixedAnswer("127.0.0.1");
      URI url = URI.create("http://feed.test:" + canary.port() + "/");
      FetchPolicy allowed = PUBLIC_ONLY.withObeyRobots(false).withAllowPrivateHosts(true);

      try (HttpFetcher fetcher = new HttpFetcher(allowed, InstantSource.system(), dns)) {
        assertThat(fetcher.fetch(url, Validators.NONE).body())
            .asString()
            .isEqualTo("canary reached");
      }
      assertThat(dns.lookups).hasValue(1);
    }
  }

  static FetchException failure(HttpFetcher fetcher, URI url) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url, Validators.NONE));
  }
}
