package org.greenwhistle.casework.domain;

import java.time.Instant;

/** A task decision of an imported historical case ({@code details} as the JSON the task form would store). */
public record HistoricalDecision(long reportId, String taskKey, String decidedBy, Instant decidedAt, String outcome,
                                 String details) {
}
