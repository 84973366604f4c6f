package org.greenwhistle.report.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.report.domain.PersonalDataErased;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.persistence.ReportMapper;
import org.greenwhistle.report.persistence.RetentionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of cases finished longer ago than the retention period (default three years): the
 * reporter's identity and account link, message texts, evidence files, and (through {@link PersonalDataErased})
 * payee and bank data of rewards. Statistics, typical cases and the audit chain stay intact: the chain only
 * gains a PERSONAL_DATA_ERASED entry. Safe on several nodes: each case is erased by a conditional update, once.
 */
@Service
public class PersonalDataRetention {
  private static final Logger log = LoggerFactory.getLogger(PersonalDataRetention.class);

  private final RetentionMapper retention;
  private final ReportMapper reports;
  private final EvidenceStore evidence;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final RetentionProperties properties;
  private final TransactionTemplate tx;
  private final Clock clock;

  PersonalDataRetention(RetentionMapper retention, ReportMapper reports, EvidenceStore evidence, AuditTrail audit,
                        ApplicationEventPublisher events, RetentionProperties properties, TransactionTemplate tx,
                        Clock clock) {
    this.retention = retention;
    this.reports = reports;
    this.evidence = evidence;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.tx = tx;
    this.clock = clock;
  }

  /** Runs nightly; returns how many cases were erased. */
  @Scheduled(cron = "${greenwhistle.retention.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
  public int eraseExpired() {
    Instant now = clock.instant();
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(properties.personalData()).toInstant();
    int erased = 0;
    List<Long> due;
    do {
      due = retention.due(cutoff, properties.batchSize());
      for (long reportId : due) {
        List<String> files = tx.execute(s -> erase(reportId, now));
        // files go after the commit: a crash in between leaves files without rows, which the orphan sweep removes
        files.forEach(evidence::delete);
        erased += files == null ? 0 : 1;
      }
    } while (due.size() == properties.batchSize());
    retention.deleteSentMail(cutoff);
    if (erased > 0) {
      log.info("Retention: personal data of {} finished cases erased", erased);
    }
    return erased;
  }

  private List<String> erase(long reportId, Instant now) {
    if (retention.eraseReport(reportId, now) != 1) {
      return List.of();
    }
    List<String> files = new ArrayList<>(retention.evidenceFiles(reportId));
    retention.deleteEvidence(reportId);
    retention.eraseMessages(reportId);
    events.publishEvent(new PersonalDataErased(reportId));
    ReportRecord report = reports.findById(reportId);
    audit.record(report.getTrackingCode(), "system", "PERSONAL_DATA_ERASED", "report",
        "retention=" + properties.personalData() + " files=" + files.size());
    return files;
  }
}
