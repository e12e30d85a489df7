package dev.newsbridge.fetch.internal;

import dev.newsbridge.fetch.FetchException;
import dev.newsbridge.fetch.Validators;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.InstantSource;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.MessageConstraintException;

/**
 * One GET, one hop: no redirects followed here. Sends the conditional-GET validators, enforces the
 * total deadline and the body limit, and turns every transport failure into a {@link
 * FetchException} with a reason a person can act on.
 *
 * <p>An exchange that does not end with its body read to the end is cancelled before its response
 * is closed, so HttpClient discards the connection instead of draining the rest of a bomb or a
 * trickle.
 */
public final class HttpExchange {

  /** What we accept; feeds first, then pages. */
  static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
          + " text/html;q=0.8, */*;q=0.5";

  /** Only what {@link BoundedBodyReader} decodes. */
  static final String ACCEPT_ENCODING = "gzip, deflate";

  private final CloseableHttpClient client;
  private final Deadlines deadlines;
  private final Duration totalTimeout;
  private final InstantSource clock;

  public HttpExchange(
      CloseableHttpClient client, Deadlines deadlines, Duration totalTimeout, InstantSource clock) {
    this.client = client;
    this.deadlines = deadlines;
    this.totalTimeout = totalTimeout;
    this.clock = clock;
  }

  /** Performs the GET; reads the body of a 2xx answer within {@code limit}. */
  public HopResponse get(URI url, Validators validators, BodyLimit limit) throws FetchException {
    HttpGet request = newRequest(url, validators);
    Deadlines.Deadline deadline = deadlines.start(request, totalTimeout);
    ClassicHttpResponse response = null;
    boolean bodyFullyRead = false;
    try {
      response = execute(request);
      BoundedBodyReader.Body body = readBody(url, response, limit);
      bodyFullyRead = body.reachedEnd();
      return hop(url, response, body.bytes());
    } catch (IOException e) {
      throw failure(url, e, deadline);
    } finally {
      if (!bodyFullyRead) {
        request.cancel(); // before close: closing would drain the unread rest
      }
      deadline.close();
      closeQuietly(response);
    }
  }

  private static HttpGet newRequest(URI url, Validators validators) {
    HttpGet request = new HttpGet(URI.create(url.toASCIIString()));
    request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
    request.setHeader(HttpHeaders.ACCEPT_ENCODING, ACCEPT_ENCODING);
    if (validators.etag() != null) {
      request.setHeader(HttpHeaders.IF_NONE_MATCH, validators.etag());
    }
    if (validators.lastModified() != null) {
      request.setHeader(HttpHeaders.IF_MODIFIED_SINCE, validators.lastModified());
    }
    return request;
  }

  // The handler-based execute drains the unread body when the handler returns; a capped or
  // truncated read must instead cancel, so the response is held open here.
  @SuppressWarnings("deprecation")
  private ClassicHttpResponse execute(HttpGet request) throws IOException {
    return client.execute(request);
  }

  /** Reads the body of a 2xx answer; other answers' bodies are not read. */
  private static BoundedBodyReader.Body readBody(
      URI url, ClassicHttpResponse response, BodyLimit limit) throws IOException, FetchException {
    HttpEntity entity = response.getEntity();
    if (entity == null) {
      return new BoundedBodyReader.Body(new byte[0], true);
    }
    if (response.getCode() < 200 || response.getCode() >= 300) {
      return new BoundedBodyReader.Body(new byte[0], false);
    }
    refuseDeclaredOversize(url, entity.getContentLength(), limit);
    return BoundedBodyReader.read(url, entity.getContent(), entity.getContentEncoding(), limit);
  }

  private HopResponse hop(URI url, ClassicHttpResponse response, byte[] body) {
    return new HopResponse(
        url,
        response.getCode(),
        response.getReasonPhrase(),
        header(response, HttpHeaders.LOCATION),
        header(response, HttpHeaders.CONTENT_TYPE),
        header(response, HttpHeaders.ETAG),
        header(response, HttpHeaders.LAST_MODIFIED),
        header(response, HttpHeaders.RETRY_AFTER),
        body,
        clock.instant());
  }

  private static void refuseDeclaredOversize(URI url, long contentLength, BodyLimit limit)
      throws FetchException {
    if (!limit.truncate() && contentLength > limit.maxBytes()) {
      throw new FetchException(
          url,
          "Content-Length "
              + contentLength
              + " exceeds the cap of "
              + limit.maxBytes()
              + " bytes; body not read");
    }
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header header = response.getFirstHeader(name);
    return header == null ? null : header.getValue();
  }

  private static void closeQuietly(ClassicHttpResponse response) {
    if (response == null) {
      return;
    }
    try {
      response.close();
    } catch (IOException | RuntimeException e) {
      // The exchange is over (or was cancelled); a failure to close changes nothing for the caller.
    }
  }

  private FetchException failure(URI url, IOException e, Deadlines.Deadline deadline) {
    String reason;
    if (deadline.expired()) {
      reason = "total deadline of " + totalTimeout.toMillis() + " ms exceeded";
    } else if (e instanceof BlockedAddressException) {
      reason = "refused: " + e.getMessage();
    } else if (e instanceof ConnectTimeoutException) {
      reason = "connect timed out";
    } else if (e instanceof SocketTimeoutException) {
      reason = "read timed out (no data within the per-read timeout)";
    } else if (e instanceof ConnectionClosedException) {
      reason = "connection closed before the response ended: " + e.getMessage();
    } else if (e instanceof MalformedChunkCodingException) {
      reason = "malformed chunked body: " + e.getMessage();
    } else if (e instanceof MessageConstraintException) {
      reason = "response headers exceed our limits: " + e.getMessage();
    } else if (e instanceof UnknownHostException) {
      reason = "unknown host: " + e.getMessage();
    } else if (e instanceof ConnectException && e.getMessage() != null) {
      reason = e.getMessage(); // "Connect to http://host:port failed: Connection refused"
    } else {
      // The message, not the exception's class name: this text reaches operators.
      reason = "network error: " + (e.getMessage() != null ? e.getMessage()
          : e.getClass().getSimpleName());
    }
    return new FetchException(url, 0, null, reason, e);
  }
}
