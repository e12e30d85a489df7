package dev.newsbridge.web.internal;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Error answers: an HTML page in the site's frame, or {@code {"error": "…"}} under {@code /api}.
 * The reader sees a short reason; a stack trace only ever goes to the log.
 */
public final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  /** Set once an error answer is written, so the 404 mapper does not write a second one. */
  private static final String ANSWERED = "newsbridge.error-answered";

  private static final Map<Integer, String> HEADINGS =
      Map.of(
          400,
          "Bad request",
          404,
          "Page not found",
          405,
          "Method not allowed",
          500,
          "Something went wrong");

  private final Site site;

  public ErrorPages(Site site) {
    this.site = site;
  }

  public void register(JavalinDefaultRouting router) {
    router.exception(Problem.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage()));
    router.exception(
        HttpResponseException.class,
        (e, ctx) -> answer(ctx, e.getStatus(), message(e.getStatus())));
    router.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          answer(ctx, 500, "The error has been logged. Please try again later.");
        });
    router.error(
        404,
        ctx -> {
          if (ctx.attribute(ANSWERED) == null) {
            answer(ctx, 404, message(404));
          }
        });
  }

  private void answer(Context ctx, int status, String message) {
    ctx.attribute(ANSWERED, Boolean.TRUE);
    ctx.status(status);
    if (isApi(ctx)) {
      ApiRoutes.json(ctx, new ApiJson.Error(message));
      return;
    }
    Map<String, Object> params =
        Map.of(
            "chrome",
            site.chrome(),
            "status",
            status,
            "heading",
            heading(status),
            "message",
            message);
    site.templates().respond(ctx, "error.jte", params);
  }

  private static boolean isApi(Context ctx) {
    String path = ctx.path();
    return path.equals("/api") || path.startsWith("/api/");
  }

  private static String message(int status) {
    return switch (status) {
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address can only be read.";
      default -> status >= 500 ? "Please try again later." : "The request was not understood.";
    };
  }

  private static String heading(int status) {
    return HEADINGS.getOrDefault(status, status >= 500 ? "Something went wrong" : "Bad request");
  }
}
