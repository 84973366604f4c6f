package org.greenwhistle.audit.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.domain.ChainVerification;
import org.greenwhistle.audit.persistence.AuditMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to per-case hash chains. Runs inside the caller's transaction, so an audited change and its
 * entry commit together. Two nodes appending to one chain race on the unique (chain, seq) key; the loser
 * re-reads the head and retries.
 */
@Service
public class AuditTrail {
  private static final int MAX_ATTEMPTS = 5;

  private final AuditMapper audit;
  private final Clock clock;

  AuditTrail(AuditMapper audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry record(String chainKey, String actor, String action, String subject, String detail) {
    DuplicateKeyException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      AuditEntry head = audit.findLast(chainKey);
      int seq = head == null ? 1 : head.seq() + 1;
      String prev = head == null ? AuditEntry.GENESIS : head.hash();
      AuditEntry entry = entry(chainKey, seq, prev, actor, action, subject, detail);
      try {
        audit.insert(entry);
        return entry;
      } catch (DuplicateKeyException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * The first entry of a chain that is new by construction (a report's, under its fresh tracking code): written
   * without reading the head first. Should the chain exist after all, this falls back to {@link #record}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditEntry recordFirst(String chainKey, String actor, String action, String subject, String detail) {
    AuditEntry entry = entry(chainKey, 1, AuditEntry.GENESIS, actor, action, subject, detail);
    try {
      audit.insert(entry);
      return entry;
    } catch (DuplicateKeyException e) {
      return record(chainKey, actor, action, subject, detail);
    }
  }

  private AuditEntry entry(String chainKey, int seq, String prev, String actor, String action, String subject,
                           String detail) {
    // whole seconds: the JDBC URL does not send fractional seconds, and the hash must survive a round trip
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return new AuditEntry(null, chainKey, seq, now, actor, action, subject, detail, prev,
        hash(chainKey, seq, now, actor, action, subject, detail, prev));
  }

  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public ChainVerification verify(String chainKey) {
    List<AuditEntry> chain = audit.findChain(chainKey);
    String prev = AuditEntry.GENESIS;
    int expectedSeq = 1;
    for (AuditEntry e : chain) {
      String expected = hash(e.chainKey(), e.seq(), e.occurredAt(), e.actor(), e.action(), e.subject(), e.detail(), prev);
      if (e.seq() != expectedSeq || !e.prevHash().equals(prev) || !e.hash().equals(expected)) {
        return new ChainVerification(chainKey, chain.size(), e.seq());
      }
      prev = e.hash();
      expectedSeq++;
    }
    return new ChainVerification(chainKey, chain.size(), null);
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEADER','INTAKE','INVESTIGATOR')")
  @Transactional(readOnly = true)
  public List<AuditEntry> page(String chainKey, int offset, int limit) {
    return audit.findPage(chainKey, offset, Math.min(limit, 200));
  }

  @PreAuthorize("hasAnyRole('ADMIN','LEADER','INTAKE','INVESTIGATOR')")
  @Transactional(readOnly = true)
  public long count(String chainKey) {
    return audit.countChain(chainKey);
  }

  static String hash(String chainKey, int seq, Instant at, String actor, String action, String subject,
                     String detail, String prev) {
    String canonical = String.join("\u001f", chainKey, Integer.toString(seq), Long.toString(at.toEpochMilli()),
        actor, action, subject == null ? "" : subject, detail == null ? "" : detail, prev);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
