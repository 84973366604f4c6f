package org.greenwhistle.report.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How the case workflow changes a report: status, the reporter's timeline, the audit chain and a mail to
 * the reporter when an address is known (see {@link ReporterMail}). Called by process delegates inside the engine's transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ReportProgress {
  /** Steps whose news reaches the reporter with the handler's message itself (one mail, not two). */
  private static final Set<String> ANNOUNCED_BY_MESSAGE = Set.of("INFO_REQUESTED");

  private final ReportMapper reports;
  private final RegionService regions;
  private final AuditTrail audit;
  private final ReporterMail reporterMail;
  private final Clock clock;

  ReportProgress(ReportMapper reports, RegionService regions, AuditTrail audit, ReporterMail reporterMail,
                 Clock clock) {
    this.reports = reports;
    this.regions = regions;
    this.audit = audit;
    this.reporterMail = reporterMail;
    this.clock = clock;
  }

  /**
   * The facts a new task copies into its inbox row: tracking code, region and path, target name, categories. None of
   * them changes after submission, so a task created in the submitting transaction takes them from the report just
   * stored there instead of reading it back (one SELECT of a wide row per report); any other caller reads the row.
   */
  public ReportRecord requireForNewTask(long reportId) {
    if (TransactionSynchronizationManager.getResource(JustStored.class) instanceof JustStored stored
        && stored.report().getId() == reportId) {
      return stored.report();
    }
    return require(reportId);
  }

  /** Called by the submission in its transaction, after the report row is inserted. */
  void justStored(ReportRecord report) {
    if (TransactionSynchronizationManager.unbindResourceIfPossible(JustStored.class) == null) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCompletion(int status) {
          TransactionSynchronizationManager.unbindResourceIfPossible(JustStored.class);
        }
      });
    }
    TransactionSynchronizationManager.bindResource(JustStored.class, new JustStored(report));
  }

  private record JustStored(ReportRecord report) { }

  public ReportRecord require(long reportId) {
    ReportRecord report = reports.findById(reportId);
    if (report == null) {
      throw new IllegalStateException("report " + reportId + " does not exist");
    }
    return report;
  }

  /** Moves the report to {@code status} (null keeps it), shows {@code timelineType} to the reporter, audits, mails. */
  public void record(long reportId, String actor, ReportStatus status, String timelineType, String note) {
    ReportRecord report = require(reportId);
    Instant now = clock.instant();
    if (status != null && status != report.getStatus()) {
      reports.updateStatus(reportId, status, now);
      reports.updateCategoryOpen(reportId, isOpen(status));
    }
    reports.insertEvent(new TimelineEvent(null, reportId, now, timelineType, note));
    audit.record(report.getTrackingCode(), actor, "STATUS_" + timelineType, "report",
        status == null ? null : "status=" + status + (note == null ? "" : " note=" + note));
    if (!ANNOUNCED_BY_MESSAGE.contains(timelineType)) {
      reporterMail.progress(report, timelineType);
    }
  }

  /** A step only staff see on the case's timeline (no status change, no mail; the reporter's view leaves it out). */
  public void recordForStaff(long reportId, String actor, String timelineType, String note) {
    ReportRecord report = require(reportId);
    reports.insertEvent(new TimelineEvent(null, reportId, clock.instant(), timelineType, note));
    audit.record(report.getTrackingCode(), actor, "STATUS_" + timelineType, "report", null);
  }

  /** A handler's message to the reporter (request for information, feedback). */
  public void messageToReporter(long reportId, String author, String body) {
    ReportRecord report = require(reportId);
    reports.insertMessage(new ReportMessage(null, reportId, clock.instant(), ReportMessage.Direction.TO_REPORTER,
        author, body));
    audit.record(report.getTrackingCode(), author, "HANDLER_MESSAGE", "message", null);
    reporterMail.handlerMessage(report, body);
  }

  /** Links a duplicate to the earlier case; the duplicate's own duplicates follow, so a group has one first report. */
  public void linkTo(long reportId, long earlierReportId) {
    reports.updateLink(reportId, earlierReportId);
    reports.moveLinks(reportId, earlierReportId);
  }

  /** The duplicate stands on its own again (its earlier report was withdrawn or rejected). */
  public void unlink(long reportId) {
    reports.clearLink(reportId);
  }

  /** Moves a misrouted report to another region (a county or a city without counties). */
  public void moveToRegion(long reportId, String regionCode) {
    String path = regions.find(regionCode).orElseThrow().path();
    reports.updateRegion(reportId, regionCode, path);
    reports.updateCategoryRegion(reportId, regionCode);
  }

  public static boolean isOpen(ReportStatus status) {
    return status != ReportStatus.CLOSED && status != ReportStatus.REJECTED && status != ReportStatus.WITHDRAWN
        && status != ReportStatus.LINKED;
  }
}
