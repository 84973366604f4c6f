package org.greenwhistle.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request under {@code /camunda} (the Camunda 7 web apps' path) with a permanent redirect to the
 * same path under {@code /operaton}, query included, so bookmarks keep working after the move to Operaton.
 */
class LegacyEngineConsoleRedirect extends OncePerRequestFilter {
  static final String OLD_PREFIX = "/camunda";
  static final String NEW_PREFIX = "/operaton";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String rest = path.length() > OLD_PREFIX.length() ? path.substring(OLD_PREFIX.length()) : "/";
    String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", request.getContextPath() + NEW_PREFIX + rest + query);
  }
}
