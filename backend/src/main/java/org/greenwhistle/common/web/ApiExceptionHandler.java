package org.greenwhistle.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Every REST refusal as RFC 7807 problem+json, in the caller's language (Accept-Language). */
// not limited to our packages: refusals during handler mapping (405, 415, 406) have no handler of ours yet
@RestControllerAdvice
public class ApiExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
  private final MessageSource messages;
  private final ProblemWriter problems;

  ApiExceptionHandler(MessageSource messages, ProblemWriter problems) {
    this.messages = messages;
    this.problems = problems;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> rejected(InvalidInputException e, Locale locale) {
    HttpStatus status = e.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = problem(status, "problem.invalid", locale);
    List<Map<String, String>> errors = e.problems().stream()
        .map(p -> Map.of("field", p.field(), "code", p.messageKey(),
            "message", messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
        .toList();
    problem.setProperty("errors", errors);
    problem.setDetail(errors.get(0).get("message"));
    return ResponseEntity.status(status).body(problem);
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ProblemDetail> notFound(NotFoundException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, e.messageKey(), locale));
  }

  @ExceptionHandler(TooManyRequestsException.class)
  ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).body(problem(HttpStatus.TOO_MANY_REQUESTS, e.messageKey(), locale));
  }

  @ExceptionHandler(UnprocessableRequestException.class)
  ResponseEntity<ProblemDetail> unprocessable(UnprocessableRequestException e, Locale locale) {
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .body(problem(HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(), locale));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge(Locale locale) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "problem.uploadTooLarge", locale));
  }

  @ExceptionHandler({HttpMessageNotReadableException.class, JsonProcessingException.class, MultipartException.class,
      MissingRequestHeaderException.class, IllegalArgumentException.class,
      org.springframework.beans.TypeMismatchException.class,
      org.springframework.web.bind.MissingServletRequestParameterException.class})
  ResponseEntity<ProblemDetail> unreadable(Exception e, Locale locale) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable", locale));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> mediaType(Locale locale) {
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .body(problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.mediaType", locale));
  }

  /** A header value the firewall refuses is only read in the controller: still the client's mistake. */
  @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
  ResponseEntity<ProblemDetail> rejectedByFirewall(Locale locale) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable", locale));
  }

  /** The client accepts no JSON: the problem is written as problem+json anyway (nothing was stored). */
  @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
  void notAcceptable(jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response)
      throws java.io.IOException {
    problems.write(request, response, HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(Locale locale) {
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED)
        .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "problem.method", locale));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noRoute(Locale locale) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "problem.notFound", locale));
  }

  @ExceptionHandler(org.operaton.bpm.engine.AuthorizationException.class)
  ResponseEntity<ProblemDetail> engineDenied(Locale locale) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "problem.forbidden", locale));
  }

  @ExceptionHandler(org.operaton.bpm.engine.BadUserRequestException.class)
  ResponseEntity<ProblemDetail> engineBadRequest(org.operaton.bpm.engine.BadUserRequestException e, Locale locale) {
    String key = e.getMessage() != null && e.getMessage().startsWith("case.error.") ? e.getMessage() : "problem.invalid";
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, key, locale));
  }

  /** The engine wraps exceptions thrown by task listeners (our task rules); answer for the cause. */
  @ExceptionHandler(org.operaton.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> engine(org.operaton.bpm.engine.ProcessEngineException e, Locale locale) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof org.operaton.bpm.engine.AuthorizationException) {
        return engineDenied(locale);
      }
      if (cause instanceof org.operaton.bpm.engine.BadUserRequestException bad) {
        return engineBadRequest(bad, locale);
      }
    }
    return unexpected(e, locale);
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(Locale locale) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "problem.forbidden", locale));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, Locale locale) {
    // type only: messages of lower layers may quote input
    log.error("Unexpected error in REST call: {}", e.getClass().getName(), e);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal", locale));
  }

  /**
   * The problem names the route (its pattern), not the request path: a refusal then never echoes a tracking code,
   * and a wrong key and an unknown code answer byte for byte the same.
   */
  private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
    ProblemDetail problem = problems.problem(status, key, locale);
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        && attributes.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String route) {
      try {
        problem.setInstance(new URI(null, null, route, null, null)); // quotes the pattern's braces
      } catch (URISyntaxException e) {
        // left to Spring, which names the request path
      }
    }
    return problem;
  }
}
