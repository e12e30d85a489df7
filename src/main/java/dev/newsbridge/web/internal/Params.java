package dev.newsbridge.web.internal;

import io.javalin.http.Context;
import java.util.OptionalLong;

/**
 * Reads request parameters strictly: a value that is present but wrong is a 400 with a message
 * saying what is allowed, never a silent default and never an exception trace.
 */
public final class Params {
  /** Highest page number of HTML listings; deeper paging is what search is for. */
  public static final int MAX_PAGE = 10_000;

  /** Longest search text accepted, in characters; longer is a 400 (the form allows as much). */
  public static final int MAX_QUERY_CHARS = 200;

  private Params() {}

  /** {@code ?page=}, 1 when absent. */
  public static int page(Context ctx) {
    return intParam(ctx, "page", 1, 1, MAX_PAGE);
  }

  /** An integer parameter in {@code [min, max]}, {@code fallback} when absent or empty. */
  public static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    String reason = name + " must be a whole number from " + min + " to " + max;
    if (raw.length() > 11) {
      throw Problem.badRequest(reason);
    }
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw Problem.badRequest(reason);
      }
      return value;
    } catch (NumberFormatException e) {
      throw Problem.badRequest(reason);
    }
  }

  /** The {@code {id}} path parameter, or empty when it is not a positive whole number. */
  public static OptionalLong id(Context ctx) {
    String raw = ctx.pathParam("id");
    if (raw.isEmpty() || raw.length() > 18 || !raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(raw));
  }

  /** The search text {@code ?q=}, stripped; "" when absent. */
  public static String query(Context ctx) {
    String raw = ctx.queryParam("q");
    String query = raw == null ? "" : raw.strip();
    if (query.length() > MAX_QUERY_CHARS) {
      throw Problem.badRequest(
          "The search text is too long: at most " + MAX_QUERY_CHARS + " characters.");
    }
    return query;
  }
}
