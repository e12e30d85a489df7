package dev.newsbridge.web.internal;

/** English wording helpers for the templates. */
public final class Words {
  private Words() {}

  /** "1 article", "3 articles", "0 results": the count and the noun in the right number. */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
