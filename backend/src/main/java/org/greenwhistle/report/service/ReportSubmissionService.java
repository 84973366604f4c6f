package org.greenwhistle.report.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.greenwhistle.common.problem.FieldProblem;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.common.ratelimit.ClientFingerprint;
import org.greenwhistle.common.ratelimit.RateLimitProperties;
import org.greenwhistle.common.ratelimit.RateLimiter;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.domain.ReporterWrote;
import org.springframework.context.ApplicationEventPublisher;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.IdempotencyMapper;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The front door: validates a report and its evidence, then stores the rows, the files, the audit entry,
 * the confirmation mail and the start of the {@code report-handling} process in one transaction, so a
 * report exists completely or not at all.
 */
@Service
public class ReportSubmissionService {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportSubmissionService.class);
  public static final String PROCESS_KEY = "report-handling";
  private static final int CODE_ATTEMPTS = 5;

  private final ReportValidator validator;
  private final EvidenceInspector inspector;
  private final EvidenceFiling filing;
  private final ReceiptCodes codes;
  private final ReportMapper reports;
  private final IdempotencyMapper idempotency;
  private final RegionService regions;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final MailOutbox mail;
  private final MessageSource messages;
  private final RuntimeService runtime;
  private final RateLimiter rateLimiter;
  private final RateLimitProperties limits;
  private final ClientFingerprint fingerprint;
  private final ReceiptProperties receiptProperties;
  private final TransactionTemplate tx;
  private final org.greenwhistle.identity.service.CurrentUser currentUser;
  private final org.greenwhistle.identity.service.StaffDirectory directory;
  private final ReportProgress progress;
  private final RequestFingerprints fingerprints;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ReportSubmissionService(ReportValidator validator, EvidenceInspector inspector, EvidenceFiling filing,
                          ReceiptCodes codes, ReportMapper reports, IdempotencyMapper idempotency,
                          RegionService regions, FieldCipher cipher, AuditTrail audit, MailOutbox mail,
                          MessageSource messages, RuntimeService runtime, RateLimiter rateLimiter,
                          RateLimitProperties limits, ClientFingerprint fingerprint,
                          ReceiptProperties receiptProperties, TransactionTemplate tx,
                          org.greenwhistle.identity.service.CurrentUser currentUser,
                          org.greenwhistle.identity.service.StaffDirectory directory, ReportProgress progress,
                          RequestFingerprints fingerprints, ApplicationEventPublisher events, Clock clock) {
    this.events = events;
    this.validator = validator;
    this.inspector = inspector;
    this.filing = filing;
    this.codes = codes;
    this.reports = reports;
    this.idempotency = idempotency;
    this.regions = regions;
    this.cipher = cipher;
    this.audit = audit;
    this.mail = mail;
    this.messages = messages;
    this.runtime = runtime;
    this.rateLimiter = rateLimiter;
    this.limits = limits;
    this.fingerprint = fingerprint;
    this.receiptProperties = receiptProperties;
    this.tx = tx;
    this.currentUser = currentUser;
    this.directory = directory;
    this.progress = progress;
    this.fingerprints = fingerprints;
    this.clock = clock;
  }

  /**
   * Submits a report. Anyone may call this (citizens need no login). With an idempotency key, a retry of the
   * same request (same report, same files) within the window returns the first receipt and never creates a second
   * report; the same key with a different request is refused without a word about the first one. Retries count
   * against the client's submission limit like new reports, so a key cannot be probed without limit.
   */
  public SubmissionResult submit(ReportDraft draft, List<EvidenceUpload> uploads, String idempotencyKey,
                                 String clientAddress, Locale locale) {
    String client = fingerprint.of("submit", clientAddress == null ? "unknown" : clientAddress);
    if (rateLimiter.hits(client, limits.submissionWindow()) >= limits.submissionsPerClient()) {
      throw new TooManyRequestsException("report.error.tooManySubmissions");
    }
    Idempotency key = null;
    if (idempotencyKey != null && !idempotencyKey.isBlank()) {
      key = new Idempotency(codes.hash("idempotency-key", idempotencyKey.strip()),
          fingerprints.submission(draft, uploads));
      Receipt earlier;
      try {
        earlier = replay(key);
      } catch (UnprocessableRequestException e) {
        countSubmission(client);
        throw e;
      }
      if (earlier != null) {
        countSubmission(client);
        return new SubmissionResult(earlier, true);
      }
    }
    SubmissionResult result = submitValidated(draft, uploads, key, locale);
    countSubmission(client);
    return result;
  }

  private void countSubmission(String client) {
    try {
      rateLimiter.count(client, limits.submissionWindow());
    } catch (org.springframework.dao.DataAccessException e) {
      // the report is committed (or the answer decided): it must reach the client even if this hit goes uncounted
      log.warn("Submission not counted for rate limiting: {}", e.getClass().getName());
    }
  }

  /** For trusted callers inside the application (demo data, seeding): no abuse limit applies. */
  public SubmissionResult submitAsSystem(ReportDraft draft, List<EvidenceUpload> uploads) {
    return submitValidated(draft, uploads, null, Locale.SIMPLIFIED_CHINESE);
  }

  private SubmissionResult submitValidated(ReportDraft draft, List<EvidenceUpload> uploads, Idempotency key,
                                           Locale locale) {
    var problems = validator.problems(draft);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    List<InspectedFile> files = inspector.inspect(uploads, 0, 0);
    Receipt receipt;
    try {
      receipt = tx.execute(status -> store(draft, files, key, locale));
    } catch (DuplicateKeyException e) {
      // a concurrent retry with the same idempotency key committed first
      Receipt earlier = key == null ? null : replay(key);
      if (earlier == null) {
        throw e;
      }
      return new SubmissionResult(earlier, true);
    }
    return new SubmissionResult(receipt, false);
  }

  /** The problems the submission would refuse (the form checks a fixed field again while it is typed). */
  public List<FieldProblem> problems(ReportDraft draft) {
    return validator.problems(draft);
  }

  /** "Similar reports exist in this area": an open report of the last 30 days, same county and category. */
  @Transactional(readOnly = true)
  public boolean similarReportsNearby(String regionCode, Set<Category> categories) {
    if (regionCode == null || categories == null || categories.isEmpty()) {
      return false;
    }
    return reports.similarExists(regionCode, categories.stream().map(Enum::name).toList(),
        clock.instant().minus(Duration.ofDays(30)));
  }

  /** The key's hash and the hash of the request it came with. */
  private record Idempotency(String keyHash, String requestHash) {
  }

  /** The first receipt if this key was used for this very request; a refusal if it was used for another one. */
  private Receipt replay(Idempotency key) {
    IdempotencyMapper.Earlier earlier = idempotency.find(key.keyHash(), clock.instant());
    if (earlier == null) {
      return null;
    }
    if (!ReceiptCodes.sameHash(key.requestHash(), earlier.requestHash())) {
      throw new UnprocessableRequestException("problem.idempotencyKeyReused");
    }
    String[] parts = cipher.decrypt(earlier.receiptEnc()).split(":", 3);
    return new Receipt(parts[0], parts[1], ReportStatus.valueOf(parts[2]));
  }

  private Receipt store(ReportDraft d, List<InspectedFile> files, Idempotency key, Locale locale) {
    Instant now = clock.instant();
    String accessKey = codes.newAccessKey();
    ReportRecord r = new ReportRecord();
    r.setAccessKeyHash(codes.accessKeyHash(accessKey));
    r.setStatus(ReportStatus.SUBMITTED);
    r.setCategories(d.categories().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    r.setSubcategories(d.subcategoriesOrEmpty().isEmpty() ? null
        : d.subcategoriesOrEmpty().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
    r.setTargetName(d.targetName().strip());
    r.setRegionCode(d.regionCode());
    r.setRegionPath(regions.find(d.regionCode()).orElseThrow().path());
    r.setAddress(d.address().strip());
    r.setLatitude(d.latitude());
    r.setLongitude(d.longitude());
    r.setObservedAt(d.observedAt().toInstant());
    r.setOngoing(Boolean.TRUE.equals(d.ongoing()));
    r.setDescription(d.description().strip());
    boolean realName = ReportValidator.isRealName(d);
    r.setAnonymous(!realName);
    String email = null;
    if (realName) {
      ReporterIdentity who = d.reporter();
      r.setReporterNameEnc(cipher.encrypt(who.name().strip()));
      r.setReporterIdNumberEnc(cipher.encrypt(who.idNumber().strip().toUpperCase()));
      r.setReporterPhoneEnc(cipher.encrypt(who.phone().strip()));
      email = who.email() == null || who.email().isBlank() ? null : who.email().strip();
      r.setReporterEmailEnc(cipher.encrypt(email));
    }
    // a logged-in citizen finds a real-name report under "My reports"; an anonymous one is never linked to an
    // account, whoever is logged in (its receipt is the only way back to it)
    if (realName) {
      currentUser.get().filter(u -> u.getRoles().contains(org.greenwhistle.identity.domain.Role.CITIZEN))
          .flatMap(u -> directory.idOf(u.getUsername())).ifPresent(r::setReporterAccountId);
    }
    r.setWantsReward(Boolean.TRUE.equals(d.wantsReward()));
    r.setNotExcludedDeclared(Boolean.TRUE.equals(d.notExcludedPerson()));
    r.setSubmittedAt(now);
    r.setUpdatedAt(now);
    r.setLanguage(ReporterMail.languageOf(locale));
    insertWithFreshTrackingCode(r);
    progress.justStored(r);

    for (Category c : d.categories()) {
      reports.insertCategory(r.getId(), c.name(), r.getRegionCode(), now);
    }
    for (InspectedFile f : files) {
      attach(r.getId(), f, "REPORTER", r.isAnonymous(), now);
    }
    reports.insertEvent(new TimelineEvent(null, r.getId(), now, "SUBMITTED", null));
    audit.recordFirst(r.getTrackingCode(), "reporter", "REPORT_SUBMITTED", "report",
        "region=" + r.getRegionCode() + " categories=" + r.getCategories() + " files=" + files.size()
            + " anonymous=" + r.isAnonymous());
    Receipt receipt = new Receipt(r.getTrackingCode(), accessKey, ReportStatus.SUBMITTED);
    if (key != null) {
      String sealed = cipher.encrypt(receipt.trackingCode() + ":" + receipt.accessKey() + ":" + receipt.status());
      idempotency.insert(key.keyHash(), r.getId(), key.requestHash(), sealed, now,
          now.plus(receiptProperties.idempotencyWindow()));
    }
    runtime.startProcessInstanceByKey(PROCESS_KEY, r.getTrackingCode(), Map.of(
        "reportId", r.getId(), "regionCode", r.getRegionCode(), "wantsReward", r.isWantsReward()));
    if (email != null) {
      Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
      mail.enqueue(MailReason.REPORT_RECEIVED, email, messages.getMessage("mail.submitted.subject", null, l),
          messages.getMessage("mail.submitted.body", new Object[] {ReceiptCodes.display(r.getTrackingCode())}, l));
    }
    return receipt;
  }

  /**
   * Adds the reporter's evidence to a stored report, within the limits of a submission. With an idempotency key
   * (scoped to the report, bound to the files' SHA-256) a retried upload attaches its file once: true means this
   * was such a retry and nothing was added; the same key with other files is refused.
   */
  boolean addEvidence(ReportRecord report, List<EvidenceUpload> uploads, String idempotencyKey) {
    Idempotency key = idempotencyKey == null || idempotencyKey.isBlank() ? null
        : new Idempotency(codes.hash("evidence-idempotency-key", report.getId() + ":" + idempotencyKey.strip()),
            fingerprints.evidence(uploads));
    if (key != null && sameEvidenceRequest(key)) {
      return true;
    }
    List<InspectedFile> files = inspector.inspect(uploads, (int) reports.countEvidence(report.getId()),
        reports.sumEvidenceBytes(report.getId()));
    return Boolean.TRUE.equals(tx.execute(s -> {
      // parallel uploads to one report (one file per request) wait here, then see each other's files and keys
      reports.lockForEvidence(report.getId());
      if (key != null && sameEvidenceRequest(key)) {
        return true;
      }
      inspector.requireRoom(files, reports.countEvidence(report.getId()), reports.sumEvidenceBytes(report.getId()));
      Instant now = clock.instant();
      files.forEach(f -> attach(report.getId(), f, "REPORTER", report.isAnonymous(), now));
      reports.insertEvent(new TimelineEvent(null, report.getId(), now, "EVIDENCE_ADDED", null));
      audit.record(report.getTrackingCode(), "reporter", "EVIDENCE_ADDED", "evidence", "files=" + files.size());
      events.publishEvent(new ReporterWrote(report.getId(), report.getTrackingCode(), ReporterWrote.Kind.EVIDENCE));
      if (key != null) {
        idempotency.insertEvidence(key.keyHash(), report.getId(), key.requestHash(), now,
            now.plus(receiptProperties.idempotencyWindow()));
      }
      return false;
    }));
  }

  /** True if the key was used for these files; a refusal if it was used for other files; false if unused. */
  private boolean sameEvidenceRequest(Idempotency key) {
    String earlier = idempotency.findEvidenceRequest(key.keyHash(), clock.instant());
    if (earlier == null) {
      return false;
    }
    if (!ReceiptCodes.sameHash(key.requestHash(), earlier)) {
      throw new UnprocessableRequestException("problem.idempotencyKeyReused");
    }
    return true;
  }

  void attach(long reportId, InspectedFile f, String source, boolean anonymous, Instant now) {
    filing.file(reportId, f, source, anonymous, now);
  }

  /**
   * 50 random bits make a collision all but impossible, so the INSERT is tried directly and only a clash on the
   * unique tracking code is retried (MySQL and H2 undo just the failed statement, not the transaction).
   */
  private void insertWithFreshTrackingCode(ReportRecord r) {
    for (int attempt = 1; ; attempt++) {
      r.setTrackingCode(codes.newTrackingCode());
      try {
        reports.insert(r);
        return;
      } catch (DuplicateKeyException e) {
        if (attempt == CODE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Receipts and request hashes kept for idempotent retries are purged when their window ends. */
  @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
  @Transactional
  public void purgeExpiredReceipts() {
    idempotency.purgeExpired(clock.instant());
    idempotency.purgeExpiredEvidence(clock.instant());
  }

  static Set<Category> categoriesOf(String csv) {
    Set<Category> set = EnumSet.noneOf(Category.class);
    for (String s : csv.split(",")) {
      set.add(Category.valueOf(s));
    }
    return set;
  }

  static List<String> names(List<EvidenceRecord> evidence) {
    List<String> names = new ArrayList<>();
    evidence.forEach(e -> names.add(e.displayName()));
    return names;
  }
}
