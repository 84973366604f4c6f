package org.greenwhistle.report.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.ratelimit.ClientFingerprint;
import org.greenwhistle.common.ratelimit.RateLimitProperties;
import org.greenwhistle.common.ratelimit.RateLimiter;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.common.web.CurrentClient;
import org.greenwhistle.report.domain.FollowUp;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReporterWrote;
import org.greenwhistle.common.crypto.FieldCipher;
import org.springframework.context.ApplicationEventPublisher;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reporter's side after submitting, authorised by tracking code + access key only. A wrong key and an
 * unknown code take the same path (lookup, HMAC, constant-time compare) and give the same answer.
 */
@Service
public class FollowUpService {
  private static final String NO_SUCH_HASH = "0".repeat(64);
  private static final int MESSAGE_MAX = 2000;
  private static final java.util.regex.Pattern CONTACT_EMAIL =
      java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Set<String> STAFF_ONLY_STEPS = Set.of("CLOSURE_APPROVED");
  private static final Set<String> STAFF_ONLY_NOTES = Set.of("CLOSURE_RETURNED");

  private final ReportMapper reports;
  private final ReceiptCodes codes;
  private final RegionService regions;
  private final ReportSubmissionService submissions;
  private final AuditTrail audit;
  private final RateLimiter rateLimiter;
  private final RateLimitProperties limits;
  private final TransactionTemplate tx;
  private final RuntimeService runtime;
  private final org.greenwhistle.identity.service.CurrentUser currentUser;
  private final org.greenwhistle.identity.service.StaffDirectory directory;
  private final ClientFingerprint fingerprint;
  private final CurrentClient client;
  private final ApplicationEventPublisher events;
  private final FieldCipher cipher;
  private final Clock clock;

  FollowUpService(ReportMapper reports, ReceiptCodes codes, RegionService regions,
                  ReportSubmissionService submissions, AuditTrail audit, RateLimiter rateLimiter,
                  RateLimitProperties limits, TransactionTemplate tx, RuntimeService runtime,
                  org.greenwhistle.identity.service.CurrentUser currentUser,
                  org.greenwhistle.identity.service.StaffDirectory directory, ClientFingerprint fingerprint,
                  CurrentClient client, ApplicationEventPublisher events, FieldCipher cipher, Clock clock) {
    this.reports = reports;
    this.codes = codes;
    this.regions = regions;
    this.submissions = submissions;
    this.audit = audit;
    this.rateLimiter = rateLimiter;
    this.limits = limits;
    this.tx = tx;
    this.runtime = runtime;
    this.currentUser = currentUser;
    this.directory = directory;
    this.fingerprint = fingerprint;
    this.client = client;
    this.events = events;
    this.cipher = cipher;
    this.clock = clock;
  }

  /** "My reports" of a logged-in citizen, newest first. */
  @org.springframework.security.access.prepost.PreAuthorize("hasRole('CITIZEN')")
  public List<FollowUp> myReports(int offset, int limit) {
    return reports.findByAccount(myAccountId(), Math.max(0, offset), Math.max(1, Math.min(limit, 100))).stream()
        .map(this::view).toList();
  }

  @org.springframework.security.access.prepost.PreAuthorize("hasRole('CITIZEN')")
  public long countMyReports() {
    return reports.countByAccount(myAccountId());
  }

  private long myAccountId() {
    return currentUser.get().flatMap(u -> directory.idOf(u.getUsername()))
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
  }

  /** The report behind a receipt, for features acting for its reporter (same checks and limits as the page). */
  public Optional<ReportRecord> reportFor(String trackingCode, String accessKey) {
    return authorise(trackingCode, accessKey);
  }

  public Optional<FollowUp> open(String trackingCode, String accessKey) {
    return authorise(trackingCode, accessKey).map(this::view);
  }

  public FollowUp reply(String trackingCode, String accessKey, String text) {
    ReportRecord report = authorise(trackingCode, accessKey).orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() || body.length() > MESSAGE_MAX) {
      throw new InvalidInputException(new FieldProblem("message", "followUp.error.messageLength", MESSAGE_MAX));
    }
    tx.executeWithoutResult(s -> {
      Instant now = clock.instant();
      reports.insertMessage(new ReportMessage(null, report.getId(), now, ReportMessage.Direction.FROM_REPORTER,
          null, body));
      audit.record(report.getTrackingCode(), "reporter", "REPORTER_MESSAGE", "message", null);
      if (report.getStatus() == ReportStatus.INFO_REQUESTED && waitingFor(report, "informationProvided")) {
        // the reply is the information asked for: intake resumes
        runtime.createMessageCorrelation("informationProvided").processInstanceBusinessKey(report.getTrackingCode())
            .setVariable("informationProvided", true).correlate();
      }
      events.publishEvent(new ReporterWrote(report.getId(), report.getTrackingCode(), ReporterWrote.Kind.REPLY));
    });
    return view(reports.findById(report.getId()));
  }

  /** Withdraws a report that is not yet accepted; the case is kept, marked withdrawn. */
  public FollowUp withdraw(String trackingCode, String accessKey) {
    ReportRecord report = authorise(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    if (!waitingFor(report, "reportWithdrawn")) {
      throw new InvalidInputException(new FieldProblem("report", "followUp.error.cannotWithdraw"));
    }
    tx.executeWithoutResult(s -> runtime.createMessageCorrelation("reportWithdrawn")
        .processInstanceBusinessKey(report.getTrackingCode()).correlate());
    return view(reports.findById(report.getId()));
  }

  /** One appeal against a rejection, with the reporter's reason; a LEADER reviews it. */
  public FollowUp appeal(String trackingCode, String accessKey, String reason) {
    ReportRecord report = authorise(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    String text = reason == null ? "" : reason.strip();
    if (text.length() < 5 || text.length() > MESSAGE_MAX) {
      throw new InvalidInputException(new FieldProblem("reason", "followUp.error.appealReason", 5, MESSAGE_MAX));
    }
    if (report.getStatus() != ReportStatus.REJECTED || !waitingFor(report, "appealLodged")) {
      throw new InvalidInputException(new FieldProblem("report", "followUp.error.cannotAppeal"));
    }
    tx.executeWithoutResult(s -> {
      Instant now = clock.instant();
      reports.insertMessage(new ReportMessage(null, report.getId(), now, ReportMessage.Direction.FROM_REPORTER,
          null, text));
      reports.updateStatus(report.getId(), ReportStatus.APPEALED, now);
      reports.insertEvent(new TimelineEvent(null, report.getId(), now, "APPEALED", null));
      audit.record(report.getTrackingCode(), "reporter", "APPEAL_LODGED", "report", null);
      runtime.createMessageCorrelation("appealLodged").processInstanceBusinessKey(report.getTrackingCode()).correlate();
      events.publishEvent(new ReporterWrote(report.getId(), report.getTrackingCode(), ReporterWrote.Kind.APPEAL));
    });
    return view(reports.findById(report.getId()));
  }

  /** Whether an anonymous reporter's contact address is set (the address itself is never shown again). */
  public enum Contact { NOT_ANONYMOUS, NONE, SET }

  public Contact contact(String trackingCode, String accessKey) {
    ReportRecord report = authorise(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    return !report.isAnonymous() ? Contact.NOT_ANONYMOUS
        : report.getContactEmailEnc() == null ? Contact.NONE : Contact.SET;
  }

  /**
   * An anonymous reporter's contact address: told only "there is news on your report" (no case content), stored
   * encrypted, never shown to staff. A real-name reporter gives an address with the report instead.
   */
  public Contact setContact(String trackingCode, String accessKey, String email) {
    ReportRecord report = authorise(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    String address = email == null ? "" : email.strip();
    if (!report.isAnonymous()) {
      throw new InvalidInputException(new FieldProblem("contactEmail", "followUp.error.contactRealName"));
    }
    if (address.length() > 254 || !CONTACT_EMAIL.matcher(address).matches()) {
      throw new InvalidInputException(new FieldProblem("contactEmail", "followUp.error.contactEmail"));
    }
    tx.executeWithoutResult(s -> {
      reports.updateContactEmail(report.getId(), cipher.encrypt(address));
      audit.record(report.getTrackingCode(), "reporter", "CONTACT_EMAIL_SET", "report", null);
    });
    return Contact.SET;
  }

  /** Removes the contact address: no further mail goes to it. */
  public Contact removeContact(String trackingCode, String accessKey) {
    ReportRecord report = authorise(trackingCode, accessKey)
        .orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    if (!report.isAnonymous()) {
      return Contact.NOT_ANONYMOUS;
    }
    tx.executeWithoutResult(s -> {
      reports.updateContactEmail(report.getId(), null);
      audit.record(report.getTrackingCode(), "reporter", "CONTACT_EMAIL_REMOVED", "report", null);
    });
    return Contact.NONE;
  }

  private boolean waitingFor(ReportRecord report, String message) {
    return runtime.createEventSubscriptionQuery().eventType("message").eventName(message)
        .processInstanceId(processInstanceId(report)).count() > 0;
  }

  private String processInstanceId(ReportRecord report) {
    var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(report.getTrackingCode())
        .processDefinitionKey(ReportSubmissionService.PROCESS_KEY).singleResult();
    return instance == null ? "none" : instance.getId();
  }

  public FollowUp addEvidence(String trackingCode, String accessKey, List<EvidenceUpload> uploads) {
    return addEvidence(trackingCode, accessKey, uploads, null).followUp();
  }

  /** Evidence added through the API; a retry under the same Idempotency-Key attaches nothing again. */
  public EvidenceAdded addEvidence(String trackingCode, String accessKey, List<EvidenceUpload> uploads,
                                   String idempotencyKey) {
    ReportRecord report = authorise(trackingCode, accessKey).orElseThrow(() -> new NotFoundException("followUp.error.notFound"));
    if (uploads.isEmpty()) {
      throw new InvalidInputException(new FieldProblem("evidence", "evidence.error.none"));
    }
    boolean replayed = submissions.addEvidence(report, uploads, idempotencyKey);
    return new EvidenceAdded(view(report), replayed);
  }

  /**
   * The key is checked first, so the right key always opens the report whatever others tried. Wrong keys are
   * counted per client (the daily keyed fingerprint) and code: past the limit, that client's further wrong keys for
   * that code are refused at once (no sleeping, which would tie up server threads). A wrong key and an unknown
   * code take the same path and are counted alike.
   */
  private Optional<ReportRecord> authorise(String trackingCode, String accessKey) {
    String code = ReceiptCodes.normaliseTrackingCode(trackingCode);
    ReportRecord report = code.isEmpty() || code.length() > 16 ? null : reports.findByTrackingCode(code);
    String given = codes.accessKeyHash(accessKey == null ? "" : accessKey);
    boolean match = ReceiptCodes.sameHash(given, report == null ? NO_SUCH_HASH : report.getAccessKeyHash());
    if (match && report != null) {
      return Optional.of(report);
    }
    String bucket = fingerprint.of("key-attempts:" + code, client.address());
    if (rateLimiter.hits(bucket, limits.keyAttemptWindow()) >= limits.keyAttemptsPerCode()) {
      throw new TooManyRequestsException("followUp.error.tooManyAttempts");
    }
    rateLimiter.count(bucket, limits.keyAttemptWindow());
    return Optional.empty();
  }

  /**
   * The reporter sees each step but not the staff's internal reasoning: a leader's approval is not a step of
   * its own for them, and a returned closure shows without the leader's reason.
   */
  private static List<TimelineEvent> forReporter(List<TimelineEvent> events) {
    return events.stream()
        .filter(e -> !STAFF_ONLY_STEPS.contains(e.type()))
        .map(e -> STAFF_ONLY_NOTES.contains(e.type())
            ? new TimelineEvent(e.id(), e.reportId(), e.occurredAt(), e.type(), null) : e)
        .toList();
  }

  /** A linked duplicate shows the earlier case's status and progress after its own steps. */
  private FollowUp view(ReportRecord r) {
    List<TimelineEvent> timeline = new ArrayList<>(forReporter(reports.findEvents(r.getId())));
    ReportStatus status = r.getStatus();
    if (r.getLinkedToReportId() != null) {
      ReportRecord earlier = reports.findById(r.getLinkedToReportId());
      status = earlier.getStatus();
      forReporter(reports.findEvents(earlier.getId())).stream().filter(e -> !"SUBMITTED".equals(e.type())).forEach(timeline::add);
      timeline.sort(Comparator.comparing(TimelineEvent::occurredAt).thenComparing(e -> e.id() == null ? 0 : e.id()));
    }
    return new FollowUp(r.getTrackingCode(), status, r.getSubmittedAt(), regions.fullName(r.getRegionCode()),
        r.getCategories(), r.getTargetName(), timeline, reports.findMessages(r.getId()),
        ReportSubmissionService.names(reports.findEvidence(r.getId())));
  }
}
