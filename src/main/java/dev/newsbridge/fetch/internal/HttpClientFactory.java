package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchPolicy;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the Apache HttpClient 5 (classic) a fetcher uses. Everything that would act behind our
 * back is off: redirects (we follow them ourselves, re-checking each hop), automatic retries (they
 * would retry 429/503 and ignore our politeness), transparent decompression (we count decompressed
 * bytes ourselves), cookies, auth caching and system proxies.
 */
public final class HttpClientFactory {

  /** Longest status or header line accepted, in characters: {@value}. */
  public static final int MAX_HEADER_LINE_LENGTH = 16 * 1024;

  /** Most response headers accepted: {@value}. */
  public static final int MAX_HEADER_COUNT = 200;

  /** Connections kept per route; the host throttle allows one request per host at a time. */
  private static final int MAX_CONNECTIONS_PER_ROUTE = 2;

  private static final int MAX_CONNECTIONS_TOTAL = 64;

  private HttpClientFactory() {}

  public static CloseableHttpClient create(FetchPolicy policy, DnsResolver resolver) {
    return HttpClients.custom()
        .setConnectionManager(connectionManager(policy, resolver))
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(timeout(policy.connectTimeout()))
                .setResponseTimeout(timeout(policy.readTimeout()))
                .setRedirectsEnabled(false)
                .build())
        .disableRedirectHandling()
        .disableAutomaticRetries()
        .disableContentCompression()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent(policy.userAgent())
        .build();
  }

  private static PoolingHttpClientConnectionManager connectionManager(
      FetchPolicy policy, DnsResolver resolver) {
    Http1Config http1 =
        Http1Config.custom()
            .setMaxLineLength(MAX_HEADER_LINE_LENGTH)
            .setMaxHeaderCount(MAX_HEADER_COUNT)
            .build();
    return PoolingHttpClientConnectionManagerBuilder.create()
        .setDnsResolver(resolver)
        .setConnectionFactory(
            ManagedHttpClientConnectionFactory.builder().http1Config(http1).build())
        .setDefaultConnectionConfig(
            ConnectionConfig.custom()
                .setConnectTimeout(timeout(policy.connectTimeout()))
                .setSocketTimeout(timeout(policy.readTimeout()))
                .build())
        .setDefaultTlsConfig(
            TlsConfig.custom().setHandshakeTimeout(timeout(policy.connectTimeout())).build())
        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
        .setMaxConnTotal(MAX_CONNECTIONS_TOTAL)
        .build();
  }

  private static Timeout timeout(Duration duration) {
    return Timeout.ofMilliseconds(duration.toMillis());
  }
}
