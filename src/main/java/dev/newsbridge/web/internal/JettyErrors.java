package dev.newsbridge.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a malformed URI or header, refused before any route runs) get the
 * same security headers as every other response, and no server details (CVE-2023-27592 was an
 * error page without CSP).
 */
public final class JettyErrors extends ErrorHandler {
  public JettyErrors() {
    setShowStacks(false);
    setShowServlet(false);
    setShowMessageInTitle(false);
  }

  @Override
  public void handle(
      String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    SecurityHeaders.applyTo(response::setHeader);
    super.handle(target, baseRequest, request, response);
  }
}
