package org.greenwhistle.report.domain;

import java.time.Instant;

/** A message between handlers and the reporter. */
public record ReportMessage(Long id, Long reportId, Instant sentAt, Direction direction, String author, String body) {
  public enum Direction { TO_REPORTER, FROM_REPORTER }
}
