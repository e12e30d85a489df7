package dev.newsbridge.translate.engine;

import java.time.Duration;

/**
 * The bounds of one HTTP engine. Each engine class documents its defaults ({@code
 * OpenAiEngine.DEFAULT_LIMITS} and so on).
 *
 * @param timeout total deadline of one request: connect, send, wait and read the whole answer
 * @param concurrency most requests in flight to this engine at once; more callers wait their turn
 *     (within {@code timeout})
 * @param maxBatchChars most source characters in one request; longer articles are split into
 *     several requests (a single longer paragraph travels alone)
 * @param maxBatchParagraphs most paragraphs in one request
 * @param maxAnswerBytes largest answer read; a larger one fails the request
 */
public record EngineLimits(
    Duration timeout,
    int concurrency,
    int maxBatchChars,
    int maxBatchParagraphs,
    long maxAnswerBytes) {

  /** Default answer cap for every engine: 4 MiB, far above any translated article. */
  public static final long DEFAULT_MAX_ANSWER_BYTES = 4L << 20;

  public EngineLimits {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("engine timeout must be positive");
    }
    if (concurrency < 1 || maxBatchChars < 1 || maxBatchParagraphs < 1 || maxAnswerBytes < 1) {
      throw new IllegalArgumentException("engine limits must be positive");
    }
  }

  public EngineLimits withTimeout(Duration t) {
    return new EngineLimits(t, concurrency, maxBatchChars, maxBatchParagraphs, maxAnswerBytes);
  }

  public EngineLimits withConcurrency(int n) {
    return new EngineLimits(timeout, n, maxBatchChars, maxBatchParagraphs, maxAnswerBytes);
  }

  public EngineLimits withBatch(int chars, int paragraphs) {
    return new EngineLimits(timeout, concurrency, chars, paragraphs, maxAnswerBytes);
  }
}
