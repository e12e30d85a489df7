package dev.newsbridge.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Size, compression and time limits against misbehaving loopback servers (RELIABILITY.md §3.2). The
 * bombs inflate far beyond the test JVM's heap, so reading one whole would fail the run.
 */
class HttpFetcherLimitsTest {
  static final FetchPolicy LOOPBACK =
      FetchPolicy.defaults().withAllowPrivateHosts(true).withMinDelayPerHost(Duration.ZERO);
  static final long CAP = FetchPolicy.DEFAULT_MAX_BODY_BYTES;

  LoopbackServer server;
  HttpFetcher fetcher;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(LOOPBACK);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Nested
  class SizeCap {
    @Test
    void aDeclaredContentLengthAboveTheCapIsRefusedBeforeReading() {
      AtomicLong bytesSent = new AtomicLong();
      server.route(
          "/huge",
          exchange -> {
            exchange.sendResponseHeaders(200, CAP + 1);
            writeZeros(exchange.getResponseBody(), CAP + 1, bytesSent);
          });

      FetchException e = failure(fetcher, server.url("/huge"));

      assertThat(e).hasMessageContaining("Content-Length " + (CAP + 1) + " exceeds the cap");
      assertThat(e).hasMessageContaining("body not read");
    }

    @Test
    void aChunkedBodyAboveTheCapIsAbortedAtCapPlusOne() {
      server.route(
          "/chunked",
          exchange -> {
            exchange.sendResponseHeaders(200, 0);
            writeZeros(exchange.getResponseBody(), 3 * CAP, new AtomicLong());
          });

      assertThat(failure(fetcher, server.url("/chunked")))
          .hasMessageContaining("body exceeds the cap of " + CAP + " bytes");
    }

    @Test
    void aBodyExactlyAtTheCapIsAccepted() throws FetchException {
      server.route(
          "/exact",
          exchange -> {
            exchange.sendResponseHeaders(200, 0);
            writeZeros(exchange.getResponseBody(), CAP, new AtomicLong());
            exchange.getResponseBody().close();
          });

      assertThat(fetcher.fetch(server.url("/exact"), Validators.NONE).body()).hasSize((int) CAP);
    }
  }

  @Nested
  class CompressionBombs {
    @Test
    void aGzipBombIsAbortedOnTheDecompressedCount() throws IOException {
      // 40 960 gzip members of 1 MiB of zeros each: 40 MiB on the wire, 40 GiB inflated. What
      // the server gets out before the abort is mostly what the loopback socket buffers hold.
      byte[] member = gzip(new byte[1 << 20]);
      AtomicLong bytesSent = new AtomicLong();
      server.route(
          "/bomb.gz",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (int i = 0; i < 40_960; i++) {
              out.write(member);
              bytesSent.addAndGet(member.length);
            }
          });

      FetchException e = failure(fetcher, server.url("/bomb.gz"));

      assertThat(e)
          .hasMessageContaining("body exceeds the cap of " + CAP + " bytes (counted decompressed)");
      assertThat(bytesSent.get())
          .as("compressed bytes the server got out")
          .isLessThan(40_960L * member.length / 4);
    }

    @ParameterizedTest(name = "zlib wrapper: {0}")
    @ValueSource(booleans = {true, false})
    void aDeflateBombIsAbortedOnTheDecompressedCount(boolean zlibWrapped) throws IOException {
      byte[] bomb = deflate(64 << 20, !zlibWrapped); // 64 MiB of zeros, about 64 KiB on the wire
      server.route(
          "/bomb.deflate",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "deflate");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
          });

      assertThat(failure(fetcher, server.url("/bomb.deflate")))
          .hasMessageContaining("body exceeds the cap of " + CAP + " bytes (counted decompressed)");
    }

    @Test
    void aSmallGzipBodyIsDecompressed() throws IOException, FetchException {
      byte[] body = gzip("<rss version=\"2.0\"/>".getBytes());
      server.route(
          "/small.gz",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          });

      assertThat(fetcher.fetch(server.url("/small.gz"), Validators.NONE).body())
          .asString()
          .isEqualTo("<rss version=\"2.0\"/>");
    }

    @Test
    void brotliWhichWeNeverAdvertiseIsRefused() {
      server.route(
          "/page.br",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            exchange.sendResponseHeaders(200, 4);
            exchange.getResponseBody().write(new byte[] {1, 2, 3, 4});
          });

      assertThat(failure(fetcher, server.url("/page.br")))
          .hasMessageContaining("unsupported Content-Encoding: br");
    }
  }

  @Nested
  class TimeLimits {
    @Test
    void aTricklingServerIsCutOffByTheTotalDeadline() throws Exception {
      FetchPolicy quick =
          LOOPBACK
              .withObeyRobots(false)
              .withTotalTimeout(Duration.ofMillis(1500))
              .withReadTimeout(Duration.ofSeconds(1));
      try (ScriptedSocketServer trickle =
              new ScriptedSocketServer(
                  socket -> {
                    ScriptedSocketServer.readRequestHead(socket);
                    ScriptedSocketServer.write(
                        socket, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                    while (true) { // one byte every 200 ms: no single read ever waits a second
                      ScriptedSocketServer.write(socket, "1\r\na\r\n");
                      Thread.sleep(200);
                    }
                  });
          HttpFetcher quickFetcher = new HttpFetcher(quick)) {
        long start = System.nanoTime();

        FetchException e = failure(quickFetcher, trickle.url("/slow"));

        assertThat(e).hasMessageContaining("total deadline of 1500 ms exceeded");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
      }
    }

    @Test
    void headersTrickledOneByteAtATimeAreCutOffByTheTotalDeadline() throws Exception {
      FetchPolicy quick =
          LOOPBACK
              .withObeyRobots(false)
              .withTotalTimeout(Duration.ofMillis(1000))
              .withReadTimeout(Duration.ofSeconds(1));
      try (ScriptedSocketServer trickle =
              new ScriptedSocketServer(
                  socket -> {
                    ScriptedSocketServer.readRequestHead(socket);
                    ScriptedSocketServer.write(socket, "HTTP/1.1 200 OK\r\n");
                    while (true) {
                      ScriptedSocketServer.write(socket, "X");
                      Thread.sleep(100);
                    }
                  });
          HttpFetcher quickFetcher = new HttpFetcher(quick)) {

        assertThat(failure(quickFetcher, trickle.url("/slow-headers")))
            .hasMessageContaining("total deadline of 1000 ms exceeded");
      }
    }

    @Test
    void aServerThatSendsNothingTripsThePerReadTimeout() throws Exception {
      FetchPolicy quick = LOOPBACK.withObeyRobots(false).withReadTimeout(Duration.ofMillis(500));
      try (ScriptedSocketServer silent =
              new ScriptedSocketServer(
                  socket -> {
                    ScriptedSocketServer.readRequestHead(socket);
                    Thread.sleep(10_000);
                  });
          HttpFetcher quickFetcher = new HttpFetcher(quick)) {

        assertThat(failure(quickFetcher, silent.url("/silent")))
            .hasMessageContaining("read timed out");
      }
    }
  }

  @Nested
  class MalformedResponses {
    @Test
    void aContentLengthLongerThanTheBodyIsAClearError() throws Exception {
      assertThat(failureFromScript("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly ten b"))
          .hasMessageContaining("connection closed before the response ended");
    }

    @Test
    void aTruncatedChunkedBodyIsAClearError() throws Exception {
      assertThat(
              failureFromScript(
                  "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n10\r\nabc"))
          .hasMessageContaining("malformed chunked body: Truncated chunk");
    }

    @Test
    void aMegabyteCookieHitsTheHeaderLineLimit() throws Exception {
      String cookie = "a".repeat(1 << 20);
      assertThat(failureFromScript("HTTP/1.1 200 OK\r\nSet-Cookie: " + cookie + "\r\n\r\n"))
          .hasMessageContaining("response headers exceed our limits: Maximum line length");
    }

    @Test
    void tenThousandHeadersHitTheHeaderCountLimit() throws Exception {
      String headers = "X-Filler: 1\r\n".repeat(10_000);
      assertThat(failureFromScript("HTTP/1.1 200 OK\r\n" + headers + "Content-Length: 0\r\n\r\n"))
          .hasMessageContaining("response headers exceed our limits: Maximum header count");
    }

    private FetchException failureFromScript(String response) throws IOException {
      try (ScriptedSocketServer liar =
              new ScriptedSocketServer(
                  socket -> {
                    ScriptedSocketServer.readRequestHead(socket);
                    ScriptedSocketServer.write(socket, response);
                  });
          HttpFetcher robotless = new HttpFetcher(LOOPBACK.withObeyRobots(false))) {
        return failure(robotless, liar.url("/bad"));
      }
    }
  }

  static FetchException failure(HttpFetcher fetcher, URI url) {
    return catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url, Validators.NONE));
  }

  static void writeZeros(OutputStream out, long count, AtomicLong sent) throws IOException {
    byte[] chunk = new byte[64 * 1024];
    for (long left = count; left > 0; left -= chunk.length) {
      int n = (int) Math.min(chunk.length, left);
      out.write(chunk, 0, n);
      sent.addAndGet(n);
    }
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  static byte[] deflate(int zeros, boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, raw);
    try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i < zeros / chunk.length; i++) {
        out.write(chunk);
      }
    } finally {
      deflater.end();
    }
    return bytes.toByteArray();
  }
}
