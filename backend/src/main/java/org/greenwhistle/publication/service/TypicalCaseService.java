package org.greenwhistle.publication.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.publication.domain.PublicationFinding;
import org.greenwhistle.publication.domain.SectionProposal;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.domain.TypicalCaseBatch;
import org.greenwhistle.publication.domain.TypicalCaseForm;
import org.greenwhistle.publication.domain.TypicalCaseQuery;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.domain.TypicalCaseSummary;
import org.greenwhistle.publication.persistence.TypicalCaseMapper;
import org.greenwhistle.publication.persistence.TypicalCaseRow;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.service.ReportLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN writes typical cases and publishes them after a second ADMIN's review: DRAFT → IN_REVIEW → PUBLISHED →
 * WITHDRAWN (a case in review or withdrawn goes back to DRAFT for changes). The reviewer is neither the author nor
 * whoever changed the text last, and publication is refused while {@link PublicationCheck} finds a reporter's
 * identity or an unmasked ID or mobile number in the text. Every change is audited in the chain
 * {@value #CHAIN} (subject {@code case-<id>}), without the text.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class TypicalCaseService {
  public static final String CHAIN = "typical-cases";
  public static final int MAX_TITLE = 200;
  public static final int MAX_SECTION = 5000;
  public static final int FIRST_YEAR = 2000;
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Logger log = LoggerFactory.getLogger(TypicalCaseService.class);

  /** Proposed replacements and the texts with all of them applied. */
  public record Anonymisation(List<SectionProposal> proposals, TypicalCaseForm result) {
  }

  private final TypicalCaseMapper mapper;
  private final ReportLookup reports;
  private final CaseDigest digest;
  private final PublicationCheck check;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  TypicalCaseService(TypicalCaseMapper mapper, ReportLookup reports, CaseDigest digest, PublicationCheck check,
                     RegionService regions, CurrentUser currentUser, AuditTrail audit, Clock clock) {
    this.mapper = mapper;
    this.reports = reports;
    this.digest = digest;
    this.check = check;
    this.regions = regions;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  // ---------------------------------------------------------------- reading

  @Transactional(readOnly = true)
  public List<TypicalCaseSummary> page(TypicalCaseQuery query) {
    return mapper.page(query.bounded());
  }

  @Transactional(readOnly = true)
  public long count(TypicalCaseQuery query) {
    return mapper.count(query.bounded());
  }

  @Transactional(readOnly = true)
  public TypicalCase find(long id) {
    TypicalCase c = mapper.find(id);
    if (c == null) {
      throw new NotFoundException("publication.error.notFound");
    }
    return c;
  }

  /** Tracking codes of the closed cases the typical case was written from. */
  @Transactional(readOnly = true)
  public List<String> sourceCases(long id) {
    find(id);
    return mapper.linkedTrackingCodes(id);
  }

  @Transactional(readOnly = true)
  public List<TypicalCaseBatch> batches() {
    return mapper.batches();
  }

  // ---------------------------------------------------------------- writing

  public long createBatch(Integer batchNo, String title) {
    List<FieldProblem> problems = new ArrayList<>();
    if (batchNo == null || batchNo < 1 || batchNo > 999) {
      problems.add(problem("batchNo", "publication.error.batchNo", 1, 999));
    } else if (mapper.findBatchByNo(batchNo) != null) {
      problems.add(problem("batchNo", "publication.error.batchExists", batchNo));
    }
    String t = title == null ? "" : title.strip();
    if (t.length() < 4 || t.length() > MAX_TITLE) {
      problems.add(problem("title", "publication.error.length", 4, MAX_TITLE));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    try {
      mapper.insertBatch(batchNo, t, me(), clock.instant());
    } catch (DuplicateKeyException e) {
      throw new InvalidInputException(problem("batchNo", "publication.error.batchExists", batchNo));
    }
    audit.record(CHAIN, me(), "TYPICAL_CASE_BATCH_CREATED", "batch-" + batchNo, null);
    return mapper.findBatchByNo(batchNo).id();
  }

  /** A new draft written from scratch. */
  public long create(TypicalCaseForm form) {
    TypicalCaseRow row = validated(form);
    long id = insert(row);
    audit.record(CHAIN, me(), "TYPICAL_CASE_CREATED", "case-" + id, "from=scratch");
    return id;
  }

  /**
   * A new draft pre-filled from a closed case: place, category, year, the penalty decision with its fines and the
   * reward granted. The case is linked, so its reporter's identity is checked before publication.
   */
  public long createFromCase(String trackingCode) {
    ReportRecord report = reports.inCallersRegion(trackingCode);
    if (report.getStatus() != ReportStatus.CLOSED) {
      throw new InvalidInputException(problem("trackingCode", "publication.error.notClosed"));
    }
    List<ReporterIdentity> reporters = check.reporters(List.of(report.getId()));
    TypicalCaseForm draft = digest.draft(report, known(reporters));
    int thisYear = clock.instant().atZone(CHINA).getYear();
    if (draft.caseYear() != null && draft.caseYear() > thisYear) {
      draft = new TypicalCaseForm(draft.title(), null, draft.regionCode(), draft.category(), thisYear,
          draft.background(), draft.facts(), draft.handling(), draft.reward(), draft.significance());
    }
    TypicalCaseRow row = validated(draft);
    long id = insert(row);
    mapper.linkReport(id, report.getId());
    audit.record(CHAIN, me(), "TYPICAL_CASE_CREATED", "case-" + id, "from=" + report.getTrackingCode());
    return id;
  }

  /** Changes the content of a draft; the caller becomes its last editor. */
  public void edit(long id, TypicalCaseForm form) {
    TypicalCase current = find(id);
    requireStatus(current, TypicalCaseStatus.DRAFT, "publication.error.notDraft");
    TypicalCaseRow row = validated(form);
    if (mapper.updateContent(id, row, me(), clock.instant()) != 1) {
      throw new InvalidInputException(problem("status", "publication.error.notDraft"));
    }
    audit.record(CHAIN, me(), "TYPICAL_CASE_EDITED", "case-" + id, "changed=" + changed(current.toForm(), form));
  }

  /** A complete draft goes to review by a second ADMIN. */
  public void submit(long id) {
    TypicalCase c = find(id);
    requireStatus(c, TypicalCaseStatus.DRAFT, "publication.error.notDraft");
    List<FieldProblem> missing = new ArrayList<>();
    if (c.batchId() == null) {
      missing.add(problem("batchNo", "publication.error.required"));
    }
    if (c.regionCode() == null) {
      missing.add(problem("regionCode", "publication.error.required"));
    }
    if (c.category() == null) {
      missing.add(problem("category", "publication.error.required"));
    }
    if (c.caseYear() == null) {
      missing.add(problem("caseYear", "publication.error.required"));
    }
    c.toForm().texts().forEach((section, text) -> {
      if (text == null || text.isBlank()) {
        missing.add(problem(section, "publication.error.required"));
      }
    });
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing, false);
    }
    transition(c, TypicalCaseStatus.DRAFT, TypicalCaseStatus.IN_REVIEW, null, null, null);
    audit.record(CHAIN, me(), "TYPICAL_CASE_SUBMITTED", "case-" + id, null);
  }

  /**
   * A second ADMIN publishes a case in review: not its author nor its last editor, and only when the publication
   * check finds nothing. The refusal names each section and kind of data, never the value.
   */
  public void approve(long id) {
    TypicalCase c = find(id);
    requireStatus(c, TypicalCaseStatus.IN_REVIEW, "publication.error.notInReview");
    String me = me();
    if (me.equals(c.author()) || me.equals(c.lastEditor())) {
      throw new InvalidInputException(problem("reviewer", "publication.error.sameAdmin"));
    }
    List<PublicationFinding> findings = findings(c);
    if (!findings.isEmpty()) {
      log.info("Typical case {} not published: personal data found ({})", id,
          findings.stream().map(f -> f.section() + "/" + f.kind()).collect(Collectors.joining(", ")));
      throw new InvalidInputException(findings.stream().map(TypicalCaseService::problem).toList(), false);
    }
    Instant now = clock.instant();
    transition(c, TypicalCaseStatus.IN_REVIEW, TypicalCaseStatus.PUBLISHED, me, null, now);
    audit.record(CHAIN, me, "TYPICAL_CASE_PUBLISHED", "case-" + id, "batch=" + c.batchNo());
  }

  /** Back to DRAFT for changes: from review (the reviewer's remarks) or after withdrawal; a reason is required. */
  public void sendBack(long id, String reason) {
    TypicalCase c = find(id);
    String text = reason(reason);
    if (c.status() != TypicalCaseStatus.IN_REVIEW && c.status() != TypicalCaseStatus.WITHDRAWN) {
      throw new InvalidInputException(problem("status", "publication.error.notInReview"));
    }
    transition(c, c.status(), TypicalCaseStatus.DRAFT, null, text, null);
    audit.record(CHAIN, me(), c.status() == TypicalCaseStatus.IN_REVIEW ? "TYPICAL_CASE_SENT_BACK"
        : "TYPICAL_CASE_REOPENED", "case-" + id, "reason=" + text);
  }

  /** Takes a published case off the public pages, with a reason. */
  public void withdraw(long id, String reason) {
    TypicalCase c = find(id);
    String text = reason(reason);
    requireStatus(c, TypicalCaseStatus.PUBLISHED, "publication.error.notPublished");
    transition(c, TypicalCaseStatus.PUBLISHED, TypicalCaseStatus.WITHDRAWN, null, text, null);
    audit.record(CHAIN, me(), "TYPICAL_CASE_WITHDRAWN", "case-" + id, "reason=" + text);
  }

  // ---------------------------------------------------------------- anonymisation and check

  /** What the publication check finds in the stored text (empty: publishable). */
  @Transactional(readOnly = true)
  public List<PublicationFinding> check(long id) {
    return findings(find(id));
  }

  /** The same check on unsaved text (the editor's "check" button). */
  @Transactional(readOnly = true)
  public List<PublicationFinding> check(Long id, TypicalCaseForm current) {
    List<ReporterIdentity> reporters = id == null ? List.of() : check.reporters(mapper.linkedReports(id));
    return PublicationCheck.check(current.texts(), reporters);
  }

  /**
   * Proposed replacements for the given texts (the stored ones when {@code current} is null), with the linked
   * reporters' values among them, and the texts with all applied. Nothing is stored.
   */
  @Transactional(readOnly = true)
  public Anonymisation propose(Long id, TypicalCaseForm current) {
    TypicalCaseForm form = current != null ? current : find(Objects.requireNonNull(id)).toForm();
    List<Anonymiser.Known> known = id == null ? List.of() : known(check.reporters(mapper.linkedReports(id)));
    List<SectionProposal> proposals = new ArrayList<>();
    Map<String, String> result = new LinkedHashMap<>();
    form.texts().forEach((section, text) -> {
      List<Anonymiser.Proposal> found = Anonymiser.propose(text, known);
      found.forEach(p -> proposals.add(new SectionProposal(section, p.start(), p.end(), p.original(), p.replacement(),
          p.kind().name())));
      result.put(section, Anonymiser.apply(text, found));
    });
    return new Anonymisation(proposals, form.withTexts(result));
  }

  /** Applies every proposed replacement to a stored draft; the number applied. */
  public int anonymise(long id) {
    TypicalCase c = find(id);
    requireStatus(c, TypicalCaseStatus.DRAFT, "publication.error.notDraft");
    Anonymisation a = propose(id, null);
    if (a.proposals().isEmpty()) {
      return 0;
    }
    TypicalCaseRow row = validated(a.result());
    mapper.updateContent(id, row, me(), clock.instant());
    audit.record(CHAIN, me(), "TYPICAL_CASE_ANONYMISED", "case-" + id, "replacements=" + a.proposals().size());
    return a.proposals().size();
  }

  // ---------------------------------------------------------------- helpers

  private List<PublicationFinding> findings(TypicalCase c) {
    return PublicationCheck.check(c.toForm().texts(), check.reporters(mapper.linkedReports(c.id())));
  }

  private static FieldProblem problem(PublicationFinding f) {
    return problem(f.section(), f.messageKey());
  }

  /** A refused field; its message starts with the field's label ({0}), in the caller's language. */
  public static FieldProblem problem(String field, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = new DefaultMessageSourceResolvable(new String[] {"publication.field." + field}, field);
    System.arraycopy(args, 0, all, 1, args.length);
    return new FieldProblem(field, key, all);
  }

  static List<Anonymiser.Known> known(List<ReporterIdentity> reporters) {
    List<Anonymiser.Known> known = new ArrayList<>();
    for (ReporterIdentity r : reporters) {
      known.add(new Anonymiser.Known(r.name(), Anonymiser.Kind.REPORTER));
      known.add(new Anonymiser.Known(r.idNumber(), Anonymiser.Kind.ID_NUMBER));
      known.add(new Anonymiser.Known(r.phone(), Anonymiser.Kind.PHONE));
      known.add(new Anonymiser.Known(r.email(), Anonymiser.Kind.EMAIL));
    }
    return known;
  }

  private long insert(TypicalCaseRow row) {
    row.status = TypicalCaseStatus.DRAFT.name();
    row.author = me();
    row.createdAt = clock.instant();
    mapper.insert(row);
    return row.id;
  }

  private void transition(TypicalCase c, TypicalCaseStatus from, TypicalCaseStatus to, String reviewer, String reason,
                          Instant publishedAt) {
    if (mapper.transition(c.id(), from, to, reviewer, reason, publishedAt, clock.instant()) != 1) {
      // someone else changed it in between
      throw new InvalidInputException(problem("status", "publication.error.changed"));
    }
  }

  private static void requireStatus(TypicalCase c, TypicalCaseStatus status, String key) {
    if (c.status() != status) {
      throw new InvalidInputException(problem("status", key));
    }
  }

  private static String reason(String reason) {
    String text = reason == null ? "" : reason.strip();
    if (text.length() < 2 || text.length() > 500) {
      throw new InvalidInputException(problem("reason", "publication.error.length", 2, 500));
    }
    return text;
  }

  /** Every problem of the form at once; the row to store (province derived from the region). */
  private TypicalCaseRow validated(TypicalCaseForm f) {
    List<FieldProblem> problems = new ArrayList<>();
    TypicalCaseRow row = new TypicalCaseRow();
    String title = f.title() == null ? "" : f.title().strip();
    if (title.length() < 4 || title.length() > MAX_TITLE) {
      problems.add(problem("title", "publication.error.length", 4, MAX_TITLE));
    }
    row.title = title;
    if (f.batchNo() != null) {
      TypicalCaseBatch batch = mapper.findBatchByNo(f.batchNo());
      if (batch == null) {
        problems.add(problem("batchNo", "publication.error.batch"));
      } else {
        row.batchId = batch.id();
      }
    }
    if (f.regionCode() != null && !f.regionCode().isBlank()) {
      List<Region> lineage = regions.lineage(f.regionCode().strip());
      if (lineage.isEmpty() || Region.COUNTRY.equals(f.regionCode().strip())) {
        problems.add(problem("regionCode", "publication.error.region"));
      } else {
        row.regionCode = f.regionCode().strip();
        row.provinceCode = lineage.get(0).code();
      }
    }
    if (f.category() != null && !f.category().isBlank()) {
      try {
        row.category = Category.valueOf(f.category().strip()).name();
      } catch (IllegalArgumentException e) {
        problems.add(problem("category", "publication.error.category"));
      }
    }
    if (f.caseYear() != null) {
      int thisYear = clock.instant().atZone(CHINA).getYear();
      if (f.caseYear() < FIRST_YEAR || f.caseYear() > thisYear) {
        problems.add(problem("caseYear", "publication.error.year", FIRST_YEAR, thisYear));
      } else {
        row.caseYear = f.caseYear();
      }
    }
    row.background = section("background", f.background(), problems);
    row.facts = section("facts", f.facts(), problems);
    row.handling = section("handling", f.handling(), problems);
    row.reward = section("reward", f.reward(), problems);
    row.significance = section("significance", f.significance(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    return row;
  }

  private static String section(String key, String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > MAX_SECTION) {
      problems.add(problem(key, "publication.error.tooLong", MAX_SECTION));
    }
    return t;
  }

  private static String changed(TypicalCaseForm before, TypicalCaseForm after) {
    List<String> changed = new ArrayList<>();
    Map<String, String> a = before.texts();
    Map<String, String> b = after.texts();
    a.forEach((k, v) -> {
      if (!Objects.equals(blank(v), blank(b.get(k)))) {
        changed.add(k);
      }
    });
    if (!Objects.equals(before.batchNo(), after.batchNo()) || !Objects.equals(before.regionCode(), blank(after.regionCode()))
        || !Objects.equals(before.category(), blank(after.category()))
        || !Objects.equals(before.caseYear(), after.caseYear())) {
      changed.add("metadata");
    }
    return changed.isEmpty() ? "none" : String.join(",", changed);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private String me() {
    return currentUser.username();
  }
}
