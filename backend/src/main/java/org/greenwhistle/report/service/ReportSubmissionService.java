package org.greenwhistle.report.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.common.ratelimit.ClientFingerprint;
import org.greenwhistle.common.ratelimit.RateLimitProperties;
import org.greenwhistle.common.ratelimit.RateLimiter;
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
  private final EvidenceStore store;
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
  private final Clock clock;

  ReportSubmissionService(ReportValidator validator, EvidenceInspector inspector, EvidenceStore store,
                          ReceiptCodes codes, ReportMapper reports, IdempotencyMapper idempotency,
                          RegionService regions, FieldCipher cipher, AuditTrail audit, MailOutbox mail,
                          MessageSource messages, RuntimeService runtime, RateLimiter rateLimiter,
                          RateLimitProperties limits, ClientFingerprint fingerprint,
                          ReceiptProperties receiptProperties, TransactionTemplate tx,
                          org.greenwhistle.identity.service.CurrentUser currentUser,
                          org.greenwhistle.identity.service.StaffDirectory directory, ReportProgress progress,
                          Clock clock) {
    this.validator = validator;
    this.inspector = inspector;
    this.store = store;
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
    this.clock = clock;
  }

  /**
   * Submits a report. Anyone may call this (citizens need no login). With an idempotency key, a retry
   * within the window returns the first receipt and never creates a second report.
   */
  public SubmissionResult submit(ReportDraft draft, List<EvidenceUpload> uploads, String idempotencyKey,
                                 String clientAddress, Locale locale) {
    String keyHash = idempotencyKey == null || idempotencyKey.isBlank() ? null
        : codes.hash("idempotency-key", idempotencyKey.strip());
    if (keyHash != null) {
      Receipt earlier = replay(keyHash);
      if (earlier != null) {
        return new SubmissionResult(earlier, true);
      }
    }
    String client = fingerprint.of("submit", clientAddress == null ? "unknown" : clientAddress);
    if (rateLimiter.hits(client, limits.submissionWindow()) >= limits.submissionsPerClient()) {
      throw new TooManyRequestsException("report.error.tooManySubmissions");
    }
    SubmissionResult result = submitValidated(draft, uploads, keyHash, locale);
    if (!result.replayed()) {
      try {
        rateLimiter.count(client, limits.submissionWindow());
      } catch (org.springframework.dao.DataAccessException e) {
        // the report is committed: its receipt must reach the client even if this hit goes uncounted
        log.warn("Submission not counted for rate limiting: {}", e.getClass().getName());
      }
    }
    return result;
  }

  /** For trusted callers inside the application (demo data, seeding): no abuse limit applies. */
  public SubmissionResult submitAsSystem(ReportDraft draft, List<EvidenceUpload> uploads) {
    return submitValidated(draft, uploads, null, Locale.SIMPLIFIED_CHINESE);
  }

  private SubmissionResult submitValidated(ReportDraft draft, List<EvidenceUpload> uploads, String keyHash,
                                           Locale locale) {
    var problems = validator.problems(draft);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    List<InspectedFile> files = inspector.inspect(uploads, 0, 0);
    Receipt receipt;
    try {
      receipt = tx.execute(status -> store(draft, files, keyHash, locale));
    } catch (DuplicateKeyException e) {
      // a concurrent retry with the same idempotency key committed first
      Receipt earlier = keyHash == null ? null : replay(keyHash);
      if (earlier == null) {
        throw e;
      }
      return new SubmissionResult(earlier, true);
    }
    return new SubmissionResult(receipt, false);
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

  private Receipt replay(String keyHash) {
    String sealed = idempotency.findReceipt(keyHash, clock.instant());
    if (sealed == null) {
      return null;
    }
    String[] parts = cipher.decrypt(sealed).split(":", 3);
    return new Receipt(parts[0], parts[1], ReportStatus.valueOf(parts[2]));
  }

  private Receipt store(ReportDraft d, List<InspectedFile> files, String keyHash, Locale locale) {
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
    // a logged-in citizen finds the report under "My reports"
    currentUser.get().filter(u -> u.getRoles().contains(org.greenwhistle.identity.domain.Role.CITIZEN))
        .flatMap(u -> directory.idOf(u.getUsername())).ifPresent(r::setReporterAccountId);
    r.setWantsReward(Boolean.TRUE.equals(d.wantsReward()));
    r.setNotExcludedDeclared(Boolean.TRUE.equals(d.notExcludedPerson()));
    r.setSubmittedAt(now);
    r.setUpdatedAt(now);
    insertWithFreshTrackingCode(r);
    progress.justStored(r);

    for (Category c : d.categories()) {
      reports.insertCategory(r.getId(), c.name(), r.getRegionCode(), now);
    }
    for (InspectedFile f : files) {
      attach(r.getId(), f, "REPORTER", now);
    }
    reports.insertEvent(new TimelineEvent(null, r.getId(), now, "SUBMITTED", null));
    audit.recordFirst(r.getTrackingCode(), "reporter", "REPORT_SUBMITTED", "report",
        "region=" + r.getRegionCode() + " categories=" + r.getCategories() + " files=" + files.size()
            + " anonymous=" + r.isAnonymous());
    Receipt receipt = new Receipt(r.getTrackingCode(), accessKey, ReportStatus.SUBMITTED);
    if (keyHash != null) {
      idempotency.insert(keyHash, r.getId(),
          cipher.encrypt(receipt.trackingCode() + ":" + receipt.accessKey() + ":" + receipt.status()), now,
          now.plus(receiptProperties.idempotencyWindow()));
    }
    runtime.startProcessInstanceByKey(PROCESS_KEY, r.getTrackingCode(), Map.of(
        "reportId", r.getId(), "regionCode", r.getRegionCode(), "wantsReward", r.isWantsReward()));
    if (email != null) {
      Locale l = locale == null ? Locale.SIMPLIFIED_CHINESE : locale;
      mail.enqueue(email, messages.getMessage("mail.submitted.subject", new Object[] {ReceiptCodes.display(r.getTrackingCode())}, l),
          messages.getMessage("mail.submitted.body", new Object[] {ReceiptCodes.display(r.getTrackingCode())}, l));
    }
    return receipt;
  }

  void attach(long reportId, InspectedFile f, String source, Instant now) {
    String storageId = store.put(f.tempFile());
    reports.insertEvidence(new EvidenceRecord(null, reportId, storageId, f.displayName(), f.mediaType(), f.size(),
        f.sha256(), f.exifTakenAt(), f.exifLatitude(), f.exifLongitude(), source, now));
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

  /** Receipts kept for idempotent retries are purged when their window ends. */
  @Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
  @Transactional
  public void purgeExpiredReceipts() {
    idempotency.purgeExpired(clock.instant());
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
