package org.greenwhistle.audit.domain;

import java.time.Instant;

/** One link of a per-case hash chain: who did what, when, to which object (ids and field names only). */
public record AuditEntry(Long id, String chainKey, int seq, Instant occurredAt, String actor, String action,
                         String subject, String detail, String prevHash, String hash) {
  public static final String SYSTEM_CHAIN = "system";
  public static final String GENESIS = "0".repeat(64);
}
