package dev.newsbridge.translate.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsbridge.translate.engine.EngineException;
import dev.newsbridge.translate.engine.EngineLimits;
import dev.newsbridge.translate.engine.EngineException.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One engine's HTTP side: POSTs a body and returns the answer, bounded in every direction. At most
 * {@code concurrency} requests are in flight per engine (more callers wait, within the deadline);
 * each request has a total deadline covering connect, headers and body (a server that trickles its
 * answer is cut off too); answers are capped in bytes. Non-2xx answers become {@link
 * EngineException}s with their kind, status and Retry-After; engines map their own special
 * statuses first. Uses the JDK client directly: engine URLs are chosen by the operator and may be
 * loopback (a local llama.cpp), so the article fetcher's address blocking does not apply.
 */
public final class JsonHttp {
  public static final ObjectMapper JSON = new ObjectMapper();

  /** A 2xx-or-not answer, with its body read. */
  public record Answer(int status, byte[] body, HttpResponse<byte[]> response) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }

  private final String engineId;
  private final HttpClient client;
  private final Duration deadline;
  private final long maxAnswerBytes;
  private final Semaphore slots;
  private final InstantSource clock;

  /** The HTTP side of engine {@code engineId}, within its deadline, concurrency and answer cap. */
  public JsonHttp(String engineId, EngineLimits limits, InstantSource clock) {
    this.engineId = engineId;
    this.deadline = limits.timeout();
    this.maxAnswerBytes = limits.maxAnswerBytes();
    this.slots = new Semaphore(limits.concurrency(), true);
    this.clock = clock;
    this.client = HttpClient.newBuilder()
        .connectTimeout(deadline)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** POSTs {@code body} as JSON; returns any answer that arrived, whatever its status. */
  public Answer postJson(URI uri, Map<String, String> headers, Object body) throws EngineException {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write request JSON", e);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(deadline)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    headers.forEach(request::header);
    return send(request.build());
  }

  /** Throws the matching {@link EngineException} unless the answer is 2xx. */
  public Answer requireSuccess(Answer answer) throws EngineException {
    int status = answer.status();
    if (status >= 200 && status < 300) {
      return answer;
    }
    Duration retryAfter = RetryAfterHeader.parse(answer.header("Retry-After"), clock.instant());
    Kind kind = status == 429 ? Kind.RATE_LIMITED
        : status == 402 ? Kind.QUOTA_EXCEEDED
        : status >= 500 ? Kind.SERVER_ERROR : Kind.REJECTED;
    throw failure(kind, status, "HTTP " + status + errorDetail(answer), retryAfter);
  }

  /** Parses a 2xx answer's JSON body. */
  public JsonNode json(Answer answer) throws EngineException {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw failure(Kind.MALFORMED_ANSWER, answer.status(), "answer is not JSON", null);
    }
  }

  public EngineException failure(Kind kind, int status, String message, Duration retryAfter) {
    return new EngineException(engineId, kind, status, message, retryAfter, null);
  }

  private Answer send(HttpRequest request) throws EngineException {
    long start = System.nanoTime();
    try {
      if (!slots.tryAcquire(deadline.toNanos(), TimeUnit.NANOSECONDS)) {
        throw failure(Kind.TIMEOUT, 0, "no free request slot within " + deadline, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(Kind.TIMEOUT, 0, "interrupted while waiting for a request slot", null);
    }
    CompletableFuture<HttpResponse<byte[]>> future = null;
    try {
      future = client.sendAsync(request, info -> new CappedBody(maxAnswerBytes));
      long left = deadline.toNanos() - (System.nanoTime() - start);
      HttpResponse<byte[]> response = future.get(Math.max(left, 1), TimeUnit.NANOSECONDS);
      return new Answer(response.statusCode(), response.body(), response);
    } catch (TimeoutException e) {
      throw failure(Kind.TIMEOUT, 0, "no complete answer within " + deadline, null);
    } catch (ExecutionException e) {
      throw fromCause(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure(Kind.TIMEOUT, 0, "interrupted", null);
    } finally {
      if (future != null) {
        future.cancel(true);
      }
      slots.release();
    }
  }

  private EngineException fromCause(Throwable cause) {
    Throwable root = cause;
    while (root.getCause() != null && root.getCause() != root && !(root instanceof CappedBody.TooLarge)) {
      root = root.getCause();
    }
    if (root instanceof CappedBody.TooLarge) {
      return failure(Kind.ANSWER_TOO_LARGE, 0, root.getMessage(), null);
    }
    if (cause instanceof java.net.http.HttpTimeoutException) {
      return failure(Kind.TIMEOUT, 0, "no answer within " + deadline, null);
    }
    String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return new EngineException(engineId, Kind.UNREACHABLE, 0, "cannot reach engine: " + what,
        null, cause);
  }

  /** The server's own error text, short, for the log and the article's pending note. */
  private static String errorDetail(Answer answer) {
    String text = answer.text().strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      return "";
    }
    return ": " + EngineOutput.clean(text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }
}
