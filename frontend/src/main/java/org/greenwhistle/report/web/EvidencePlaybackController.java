package org.greenwhistle.report.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.greenwhistle.report.service.CaseEvidenceService;
import org.greenwhistle.report.service.CaseEvidenceService.Playback;
import org.greenwhistle.report.service.EvidenceRange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.WebUtils;

/**
 * The staff case page's video and audio player, with HTTP Range (RFC 9110 §14: one byte range, 206 with
 * Content-Range, 416, Accept-Ranges), so that an officer can seek in a long recording without the browser fetching it
 * from the start, and the server decrypts only the segments asked for. A GET under the staff session of the browser
 * chain (WebSecurityConfiguration: login required, no CSRF token needed for a GET). Who may play what, the integrity
 * check and the audit entry are {@link CaseEvidenceService#play}'s; here only HTTP, and which request starts a
 * playback.
 */
@Controller
public class EvidencePlaybackController {
  private static final Logger log = LoggerFactory.getLogger(EvidencePlaybackController.class);
  /** The playbacks this session has started, as "evidence id/playback id". */
  private static final String STARTED = EvidencePlaybackController.class.getName() + ".started";
  /** Enough for a long working day; past it the set starts again (at worst one more audit entry per recording). */
  private static final int REMEMBERED = 1000;
  private static final Pattern PLAYBACK_ID = Pattern.compile("[0-9a-f]{1,32}");

  private final CaseEvidenceService evidence;

  EvidencePlaybackController(CaseEvidenceService evidence) {
    this.evidence = evidence;
  }

  /**
   * The player's source, relative to the portal's root (Vaadin's base URL): each time the case page shows a player it
   * gets a new playback id, so that playing it is audited once, whatever ranges the browser asks for.
   */
  public static String source(String trackingCode, long evidenceId) {
    return "staff/evidence/" + UriUtils.encodePathSegment(trackingCode, StandardCharsets.UTF_8) + "/" + evidenceId
        + "?playback=" + Long.toHexString(ThreadLocalRandom.current().nextLong());
  }

  /**
   * The first request of a playback (a page's playback id; without one, the recording in this session) is audited as
   * opening the evidence, and the ranges that follow are not: a player asks for many, and seeking asks again. Asking
   * from the middle first does not skip the entry.
   */
  @GetMapping("/staff/evidence/{trackingCode}/{evidenceId}")
  public void play(@PathVariable String trackingCode, @PathVariable long evidenceId,
                   @RequestParam(name = "playback", required = false) String playback,
                   @RequestHeader(name = HttpHeaders.RANGE, required = false) String rangeHeader,
                   @RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange,
                   HttpServletRequest request, HttpServletResponse response) throws IOException {
    // no validator (ETag, Last-Modified) is ever sent, so an If-Range cannot match: the whole file (RFC 9110 §13.1.5)
    EvidenceRange range = ifRange == null ? EvidenceRange.parse(rangeHeader) : null;
    String key = evidenceId + "/" + (playback != null && PLAYBACK_ID.matcher(playback).matches() ? playback : "");
    Set<String> started = startedPlaybacks(request.getSession());
    // a HEAD (Spring answers it with this GET handler) shows no content, so it starts no playback
    boolean startsPlayback = !"HEAD".equals(request.getMethod()) && started.add(key);
    Playback content;
    try {
      content = evidence.play(trackingCode, evidenceId, range, startsPlayback);
    } catch (RuntimeException e) {
      if (startsPlayback) {
        started.remove(key); // nothing was played, nothing audited: the next request starts the playback
      }
      throw e;
    }
    try (content) {
      response.setStatus(content.partial() ? HttpStatus.PARTIAL_CONTENT.value() : HttpStatus.OK.value());
      response.setContentType(content.evidence().mediaType());
      response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
      response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
      if (content.partial()) {
        response.setHeader(HttpHeaders.CONTENT_RANGE,
            "bytes " + content.first() + "-" + content.last() + "/" + content.length());
      }
      response.setContentLengthLong(content.contentLength());
      send(content, response.getOutputStream());
    }
  }

  /** 416 with the length, so that the player can ask again (RFC 9110 §15.5.17). */
  @ExceptionHandler(EvidenceRange.NotSatisfiableException.class)
  ResponseEntity<Void> notSatisfiable(EvidenceRange.NotSatisfiableException e) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
        .header(HttpHeaders.ACCEPT_RANGES, "bytes").header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (e.length() >= 0) {
      answer.header(HttpHeaders.CONTENT_RANGE, "bytes */" + e.length());
    }
    return answer.build();
  }

  /**
   * The range was read through (each segment authenticated) before the status was sent, so a read failing here means
   * the file changed since: the exception leaves the servlet and Tomcat closes the connection, the player sees an
   * error and never unauthenticated bytes. A failing write is the player dropping the request (seeking, pausing).
   */
  private static void send(Playback content, OutputStream out) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    for (long left = content.contentLength(); left > 0; ) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), left));
      int read;
      try {
        read = content.content().read(buffer);
        if (read < 0) {
          throw new EOFException("evidence shorter than its length");
        }
      } catch (IOException e) {
        log.error("Evidence {} failed while being played (stored file changed after its check)",
            content.evidence().id());
        throw e;
      }
      try {
        out.write(buffer.array(), 0, read);
      } catch (IOException gone) {
        return;
      }
      left -= read;
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> startedPlaybacks(HttpSession session) {
    synchronized (WebUtils.getSessionMutex(session)) {
      Set<String> started = (Set<String>) session.getAttribute(STARTED);
      if (started == null || started.size() > REMEMBERED) {
        started = ConcurrentHashMap.newKeySet();
        session.setAttribute(STARTED, started);
      }
      return started;
    }
  }
}
