package dev.newsbridge.web.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers get the same security headers as every other response, and no server
 * details (CVE-2023-27592 was an error page without CSP): {@link #badMessageError} answers requests
 * the HTTP parser refuses (a malformed URI or header), {@link #handle} errors raised outside
 * Javalin's handlers.
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

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    SecurityHeaders.applyTo(fields::put);
    return super.badMessageError(status, reason, fields);
  }
}
