package org.greenwhistle.report.domain;

import java.time.Instant;

/**
 * A finished report imported as history (demo data, tests): anonymous, without a process instance, status CLOSED,
 * REJECTED or WITHDRAWN; {@code categories} comma-separated.
 */
public record HistoricalReport(String trackingCode, String accessKeyHash, String status, String categories,
                               String targetName, String regionCode, String regionPath, String address,
                               Instant observedAt, boolean ongoing, String description, boolean wantsReward,
                               Instant submittedAt, Instant updatedAt) {
  /** A category row of an imported report (closed: not counted as open). */
  public record Category(long reportId, String category, String regionCode, Instant submittedAt) {
  }

  /** A timeline event of an imported report. */
  public record Event(long reportId, Instant occurredAt, String type, String note) {
  }

  /** The id an imported report got. */
  public record Id(long id, String trackingCode) {
  }
}
