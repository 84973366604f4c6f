package org.greenwhistle.report.service;

import org.greenwhistle.report.domain.Receipt;

/** The receipt, and whether it answers a retry of an earlier submission (same Idempotency-Key). */
public record SubmissionResult(Receipt receipt, boolean replayed) {
}
