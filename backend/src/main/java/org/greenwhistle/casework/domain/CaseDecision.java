package org.greenwhistle.casework.domain;

import java.time.Instant;

/** Facts recorded at a decision step; {@code details} is JSON of the step's form. */
public record CaseDecision(Long id, long reportId, String taskKey, String decidedBy, Instant decidedAt, String outcome,
                           String details) {
}
