package org.greenwhistle.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;

/** RFC 7807 bodies for refusals that happen before a controller runs. */
public final class ProblemResponses {
  private ProblemResponses() {
  }

  static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    // no WWW-Authenticate challenge: browsers would pop up a Basic dialog over the portal
    write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Authentication is required.");
  }

  /** Writes the problem directly, whatever the client accepts (content negotiation may be what failed). */
  public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\"}");
  }
}
