package dev.newsbridge.translate.engine;

import dev.newsbridge.translate.TranslationException;
import java.time.Duration;

/**
 * An HTTP engine failed, with what the caller needs to react: which engine, what kind of failure,
 * the HTTP status (0 when there was no response) and, for 429/503, how long the server asked us to
 * wait ({@link #retryAfter()}). Every kind means "keep the article, retry later".
 */
public final class EngineException extends TranslationException {

  /** What went wrong. */
  public enum Kind {
    /** HTTP 429: too many requests; {@code retryAfter} when the server said. */
    RATE_LIMITED,
    /** Out of quota or credit (DeepL 456, OpenAI 429 "insufficient_quota", HTTP 402). */
    QUOTA_EXCEEDED,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** Another HTTP 4xx: bad key, unknown model, bad request. Retrying will not help by itself. */
    REJECTED,
    /** No answer within the engine's total deadline. */
    TIMEOUT,
    /** No connection (refused, reset, DNS). */
    UNREACHABLE,
    /** The answer was not the documented JSON, or held no translation. */
    MALFORMED_ANSWER,
    /** The model stopped at its token limit ({@code finish_reason=length}). */
    TRUNCATED,
    /** The answer held a different number of paragraphs than were sent. */
    WRONG_PARAGRAPH_COUNT,
    /** The answer was larger than the engine's response cap. */
    ANSWER_TOO_LARGE
  }

  private final String engineId;
  private final Kind kind;
  private final int status;

  public EngineException(
      String engineId, Kind kind, int status, String message, Duration retryAfter, Throwable cause) {
    super(engineId + ": " + message, retryAfter, cause);
    this.engineId = engineId;
    this.kind = kind;
    this.status = status;
  }

  public EngineException(String engineId, Kind kind, String message) {
    this(engineId, kind, 0, message, null, null);
  }

  public String engineId() {
    return engineId;
  }

  public Kind kind() {
    return kind;
  }

  /** The HTTP status of the failed answer; 0 when there was none. */
  public int status() {
    return status;
  }
}
