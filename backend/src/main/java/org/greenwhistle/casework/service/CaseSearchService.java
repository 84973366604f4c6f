package org.greenwhistle.casework.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseListItem;
import org.greenwhistle.casework.domain.CaseSearch;
import org.greenwhistle.casework.domain.CaseSummary;
import org.greenwhistle.casework.persistence.CaseSearchMapper;
import org.greenwhistle.casework.persistence.CaseSearchQuery;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff find the cases of their region, open and closed, and export the list: the REST case list
 * ({@code GET /api/v1/cases}) and the search view run the same query. Scoped to the caller's region (another
 * region's cases are never found); the list and the export carry nothing of the reporter, and the export writes
 * statuses and categories in words, streamed page by page (keyset), never the whole result in memory.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
public class CaseSearchService {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** The audit chain of exports (who exported how many rows of which region, when). */
  public static final String EXPORT_CHAIN = "case-exports";
  private static final int EXPORT_PAGE = 500;
  private static final int MAX_TEXT = 100;
  private static final Pattern TRACKING_CODE = Pattern.compile("(GW)?[0-9A-Z]{10}");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

  private final CaseSearchMapper mapper;
  private final CurrentUser currentUser;
  private final RegionService regions;
  private final AuditTrail audit;
  private final MessageSource messages;
  private final Clock clock;

  CaseSearchService(CaseSearchMapper mapper, CurrentUser currentUser, RegionService regions, AuditTrail audit,
                    MessageSource messages, Clock clock) {
    this.mapper = mapper;
    this.currentUser = currentUser;
    this.regions = regions;
    this.audit = audit;
    this.messages = messages;
    this.clock = clock;
  }

  public List<CaseListItem> search(CaseSearch search, int offset, int limit) {
    return mapper.find(query(search, Math.max(offset, 0), Math.max(0, Math.min(limit, 200))));
  }

  public long count(CaseSearch search) {
    return mapper.count(query(search, 0, 0));
  }

  /** The same rows as the REST case list shows them. */
  public List<CaseSummary> summaries(CaseSearch search, int offset, int limit) {
    return search(search, offset, limit).stream().map(c -> new CaseSummary(c.trackingCode(), c.status(),
        c.categories(), c.targetName(), c.regionCode(), regions.fullName(c.regionCode()), c.submittedAt())).toList();
  }

  /**
   * Writes every case the search finds as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the
   * Chinese), in the caller's language; the export is recorded in the audit trail. Returns the number of rows.
   */
  @Transactional
  public long exportCsv(CaseSearch search, Locale locale, OutputStream out) {
    CaseSearchQuery q = query(search, 0, EXPORT_PAGE);
    AccountPrincipal me = me();
    long rows = 0;
    try {
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      w.write('\uFEFF');
      line(w, List.of(t("caseSearch.csv.code", locale), t("caseSearch.csv.submitted", locale),
          t("caseSearch.csv.status", locale), t("caseSearch.csv.categories", locale), t("caseSearch.csv.target", locale),
          t("caseSearch.csv.region", locale), t("caseSearch.csv.due", locale), t("caseSearch.csv.overdue", locale)));
      List<CaseListItem> page = mapper.find(q);
      while (!page.isEmpty()) {
        for (CaseListItem c : page) {
          line(w, List.of(ReceiptCodes.display(c.trackingCode()), TIME.format(c.submittedAt()),
              t("status." + c.status().name(), locale), categories(c.categories(), locale), c.targetName(),
              regions.fullName(c.regionCode()), c.dueAt() == null ? "" : DAY.format(c.dueAt()),
              t(c.overdue() ? "caseSearch.csv.yes" : "caseSearch.csv.no", locale)));
          rows++;
        }
        w.flush();
        CaseListItem last = page.get(page.size() - 1);
        page = page.size() < EXPORT_PAGE ? List.of() : mapper.find(q.after(last.submittedAt(), last.id(), EXPORT_PAGE));
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    audit.record(EXPORT_CHAIN, me.getUsername(), "CASES_EXPORTED", "region-" + me.getRegionCode(), "rows=" + rows);
    return rows;
  }

  private String categories(String csv, Locale locale) {
    return Arrays.stream(csv.split(",")).map(c -> t("category." + c, locale)).collect(Collectors.joining("、"));
  }

  private String t(String key, Locale locale) {
    return messages.getMessage(key, null, key, locale);
  }

  /** One CSV line, every field quoted; a field that a spreadsheet would run as a formula is defused. */
  private static void line(Writer w, List<String> fields) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String f = fields.get(i) == null ? "" : fields.get(i);
      if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0) {
        f = "'" + f;
      }
      sb.append(i == 0 ? "" : ",").append('"').append(f.replace("\"", "\"\"")).append('"');
    }
    w.write(sb.append("\r\n").toString());
  }

  private CaseSearchQuery query(CaseSearch s, int offset, int limit) {
    CaseSearch search = s == null ? new CaseSearch(null, null, null, null, null, false) : s;
    String text = search.text() == null || search.text().isBlank() ? null : search.text().strip();
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidInputException(new FieldProblem("q", "case.error.textLength", 1, MAX_TEXT));
    }
    if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
      throw new InvalidInputException(new FieldProblem("to", "caseSearch.error.dateRange"));
    }
    String code = null;
    if (text != null) {
      // GW-XXXXX-XXXXX, GWXXXXXXXXXX, with spaces or in lower case: the exact code; otherwise a part of one
      String compact = ReceiptCodes.normaliseTrackingCode(text);
      if (TRACKING_CODE.matcher(compact).matches()) {
        code = compact.startsWith("GW") && compact.length() == 12 ? compact : "GW" + compact;
      } else if (compact.startsWith("GW")) {
        text = compact;
      }
    }
    return new CaseSearchQuery(myRegionPath(), code, text, search.category() == null ? null : search.category().name(),
        search.status() == null ? null : search.status().name(),
        search.from() == null ? null : search.from().atStartOfDay(CHINA).toInstant(),
        search.to() == null ? null : search.to().plusDays(1).atStartOfDay(CHINA).toInstant(),
        search.overdueOnly(), clock.instant(), null, null, offset, limit);
  }

  private AccountPrincipal me() {
    return currentUser.get().orElseThrow(() -> new NotFoundException("case.error.notFound"));
  }

  /** The caller's region; a user without a case role (FINANCE reaching here another way) sees nothing. */
  private String myRegionPath() {
    AccountPrincipal me = me();
    if (me.getRoles().stream().noneMatch(r -> r == Role.INTAKE || r == Role.INVESTIGATOR || r == Role.LEADER
        || r == Role.ADMIN)) {
      throw new NotFoundException("case.error.notFound");
    }
    return regions.find(me.getRegionCode()).orElseThrow().path();
  }
}
