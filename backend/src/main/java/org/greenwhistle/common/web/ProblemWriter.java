package org.greenwhistle.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * RFC 7807 problems with their detail in the caller's language (Accept-Language): one writer for the REST
 * controllers' refusals and for those of the security filters, which answer before any controller runs.
 */
@Component
public class ProblemWriter {
  private final MessageSource messages;
  private final ObjectMapper json;

  ProblemWriter(MessageSource messages, ObjectMapper json) {
    this.messages = messages;
    this.json = json;
  }

  public ProblemDetail problem(HttpStatus status, String messageKey, Locale locale) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        messages.getMessage(messageKey, null, messageKey, locale));
    problem.setTitle(status.getReasonPhrase());
    return problem;
  }

  /** Writes the problem directly, whatever the client accepts (content negotiation may be what failed). */
  public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // like the controllers' locale resolver: Chinese unless the caller names a language
    Locale locale = request.getHeader("Accept-Language") == null ? Locale.SIMPLIFIED_CHINESE : request.getLocale();
    response.getWriter().write(json.writeValueAsString(problem(status, messageKey, locale)));
  }
}
