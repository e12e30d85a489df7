package dev.newsbridge.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled at build time (no compiler at run
 * time, and a template error fails the build). Content type HTML: every {@code ${…}} is escaped for
 * where it stands (text or attribute), so article text can never become markup.
 */
public final class Templates {
  /** Javalin's {@code ctx.html} sends no charset; the header should not leave it to the meta. */
  static final String HTML = "text/html; charset=utf-8";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name} (e.g. "article.jte") with {@code params} to a string. */
  public String render(String name, Map<String, Object> params) {
    StringOutput output = new StringOutput(8 * 1024);
    engine.render(name, params, output);
    return output.toString();
  }

  /** Renders {@code name} as the HTML response of {@code ctx}. */
  public void respond(Context ctx, String name, Map<String, Object> params) {
    ctx.contentType(HTML).result(render(name, params));
  }
}
