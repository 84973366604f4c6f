package org.greenwhistle.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.greenwhistle.common.web.ProblemWriter;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Refusals that happen outside our controllers still answer with a clear problem+json: requests the firewall
 * rejects (encoded slashes, bad header characters) and everything the servlet container sends to /error
 * (unparseable multipart, over-long headers, unknown methods). Never a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
public class RequestRefusals {

  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
    return (request, response, e) -> problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.requestRejected");
  }

  /** Replaces Spring Boot's whitelabel error page and JSON with problem+json for every status. */
  @Controller
  static class ProblemErrorController implements ErrorController {
    private final ProblemWriter problems;

    ProblemErrorController(ProblemWriter problems) {
      this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
      if (status == null || status.value() < 400) {
        status = HttpStatus.INTERNAL_SERVER_ERROR;
      }
      problems.write(request, response, status, status.is4xxClientError() ? "problem.clientError" : "problem.internal");
    }
  }
}
