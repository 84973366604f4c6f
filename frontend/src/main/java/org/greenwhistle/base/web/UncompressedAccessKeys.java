package org.greenwhistle.base.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The REST API's answers are never compressed (BREACH, docs/security.md): a submission's receipt holds the access
 * key and an idempotent replay returns the same key again, and refusals echo what the caller sent. {@code identity}
 * is the content coding Tomcat's compression leaves alone; the answers are small.
 */
final class UncompressedAccessKeys implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ((HttpServletResponse) response).setHeader("Content-Encoding", "identity");
    chain.doFilter(request, response);
  }
}
