package org.greenwhistle.publication.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.persistence.TypicalCaseMapper;
import org.greenwhistle.publication.persistence.TypicalCaseRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a batch of typical cases whose text is fixed and already anonymised (the demo's batch), with the audit
 * entries the console would have written: created by the author, published by the reviewer. For trusted callers
 * inside the application; no API exposes it.
 */
@Service
public class TypicalCaseImport {
  /** One case of the batch; {@code significance} may be empty; unpublished ones stay drafts. */
  public record ImportedCase(String title, String regionCode, String provinceCode, String category, int year,
                             String background, String facts, String handling, String reward, String significance,
                             boolean published) {
  }

  private final TypicalCaseMapper mapper;
  private final AuditTrail audit;
  private final Clock clock;

  TypicalCaseImport(TypicalCaseMapper mapper, AuditTrail audit, Clock clock) {
    this.mapper = mapper;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean batchExists(int batchNo) {
    return mapper.findBatchByNo(batchNo) != null;
  }

  @Transactional
  public void importBatch(int batchNo, String title, String author, String reviewer, List<ImportedCase> cases) {
    Instant now = clock.instant();
    Instant created = now.minus(Duration.ofMinutes(2));
    Instant published = now.minus(Duration.ofMinutes(1));
    mapper.insertBatch(batchNo, title, author, created);
    audit.record(TypicalCaseService.CHAIN, author, "TYPICAL_CASE_BATCH_CREATED", "batch-" + batchNo, "demo");
    long batchId = mapper.findBatchByNo(batchNo).id();
    int n = 0;
    for (ImportedCase c : cases) {
      TypicalCaseRow row = new TypicalCaseRow();
      row.batchId = batchId;
      row.title = c.title();
      row.regionCode = c.regionCode();
      row.provinceCode = c.provinceCode();
      row.category = c.category();
      row.caseYear = c.year();
      row.background = c.background();
      row.facts = c.facts();
      row.handling = c.handling();
      row.reward = c.reward();
      row.significance = c.significance().isEmpty() ? null : c.significance();
      row.status = (c.published() ? TypicalCaseStatus.PUBLISHED : TypicalCaseStatus.DRAFT).name();
      row.author = author;
      row.reviewer = c.published() ? reviewer : null;
      row.createdAt = created;
      // published one after another, so the batch keeps its numbering order
      row.publishedAt = c.published() ? published.plusSeconds(n++) : null;
      mapper.insert(row);
      audit.record(TypicalCaseService.CHAIN, author, "TYPICAL_CASE_CREATED", "case-" + row.id, "demo");
      if (c.published()) {
        audit.record(TypicalCaseService.CHAIN, reviewer, "TYPICAL_CASE_PUBLISHED", "case-" + row.id,
            "batch=" + batchNo);
      }
    }
  }
}
