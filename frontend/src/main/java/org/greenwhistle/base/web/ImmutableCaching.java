package org.greenwhistle.base.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Files whose URL changes whenever their content does are cached for a year without revalidation: Vaadin's bundle
 * chunks carry a content hash in their name ({@code indexhtml-CGrtTICW.js}; Vaadin itself sends one hour) and
 * WebJar paths carry the library's version (Spring sends nothing, so Spring Security's {@code no-store} applied).
 * A repeat visit then loads none of them. Errors are never cached.
 */
final class ImmutableCaching implements Filter {
  static final String CACHE_CONTROL = "Cache-Control";
  static final String FOREVER = "public, max-age=31536000, immutable";
  /** Vite's eight-character content hash before the extension. */
  private static final Pattern HASHED = Pattern.compile("-[A-Za-z0-9_-]{8}\\.(js|css)$");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    String path = http.getRequestURI().substring(http.getContextPath().length());
    boolean immutable = path.startsWith("/webjars/")
        || path.startsWith("/VAADIN/build/") && HASHED.matcher(path).find();
    chain.doFilter(request, immutable ? new Forever((HttpServletResponse) response) : response);
  }

  /** Keeps {@link #FOREVER} whatever the handler sets, unless the answer is an error. */
  private static final class Forever extends HttpServletResponseWrapper {
    private boolean error;

    Forever(HttpServletResponse response) {
      super(response);
      super.setHeader(CACHE_CONTROL, FOREVER);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name) || error) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CACHE_CONTROL.equalsIgnoreCase(name) || error) {
        super.addHeader(name, value);
      }
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status);
      if (status >= 400) {
        noCache();
      }
    }

    @Override
    public void sendError(int status) throws IOException {
      noCache();
      super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      noCache();
      super.sendError(status, message);
    }

    private void noCache() {
      error = true;
      super.setHeader(CACHE_CONTROL, "no-store");
    }
  }
}
