package dev.newsbridge.translate.bench;

import java.util.List;

/** The one contract every scorer checks: one hypothesis per reference line. */
final class Check {
  private Check() {}

  static void aligned(List<String> hypotheses, List<String> references) {
    if (hypotheses.size() != references.size()) {
      throw new IllegalArgumentException(hypotheses.size() + " hypotheses for "
          + references.size() + " references");
    }
  }
}
