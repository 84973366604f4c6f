package org.greenwhistle.common.web;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The calling client's address, for per-client limits in services shared by the REST API and the views: both run
 * inside a servlet request (Spring's request context filter covers Vaadin's requests too), so no caller has to pass
 * it along.
 */
@Component
public class CurrentClient {
  /** Outside a request (jobs, tests calling services directly) all calls count as one client. */
  public static final String UNKNOWN = "unknown";

  public String address() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      String address = attributes.getRequest().getRemoteAddr();
      return address == null || address.isBlank() ? UNKNOWN : address;
    }
    return UNKNOWN;
  }
}
