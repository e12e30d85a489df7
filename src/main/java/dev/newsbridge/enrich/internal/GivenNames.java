package dev.newsbridge.enrich.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Common given names ({@value #RESOURCE}): a run of capitalised words that opens with one is a
 * person's name. Out of scope: the world's given names; a person named otherwise is known by
 * other evidence ({@link NameKinds}). Immutable; loaded once.
 */
final class GivenNames {
  static final String RESOURCE = "/dev/newsbridge/enrich/given-names.txt";

  private static final class Holder {
    static final Set<String> NAMES = BundledLines.of(RESOURCE).stream()
        .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
        .collect(Collectors.toUnmodifiableSet());
  }

  private GivenNames() {}

  /** True when {@code word} is a common given name ("Grace", "Ahmed"), as written. */
  static boolean knows(String word) {
    return Holder.NAMES.contains(word);
  }
}
