package org.greenwhistle.report.service;

import org.greenwhistle.report.domain.FollowUp;

/** The report after adding evidence, and whether this answered a retry (same Idempotency-Key, same files). */
public record EvidenceAdded(FollowUp followUp, boolean replayed) {
}
