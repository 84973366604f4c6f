package org.greenwhistle.payout.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A bank file of claimed rewards; every reward is in at most one batch. */
public record PayoutBatch(long id, String createdBy, Instant createdAt, int itemCount, BigDecimal total, String sha256) {
}
