package dev.newsbridge.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the jte templates of {@code src/main/jte}, compiled at build time (no compiler at run
 * time, and a template error fails the build). Content type HTML: every {@code ${…}} is escaped
 * for where it stands (text or attribute), so article text can never become markup.
 */
public final class Templates {
  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Renders {@code name} (e.g. "article.jte") with {@code params} to a string. */
  public String render(String name, Map<String, Object> params) {
    StringOutput output = new StringOutput(8 * 1024);
    engine.render(name, params, output);
    return output.toString();
  }
}
