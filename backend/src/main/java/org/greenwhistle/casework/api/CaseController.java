package org.greenwhistle.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseSearch;
import org.greenwhistle.casework.domain.CaseSummary;
import org.greenwhistle.casework.service.CaseSearchService;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff case API (HTTP Basic): only cases in the caller's region; others answer 404. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {
  record Page<T>(List<T> items, long total, int offset, int limit) {
  }

  record ExtensionRequest(Integer days, String reason) {
  }

  record CriminalOutcome(String outcome, java.time.LocalDate date) {
  }

  private final CaseworkService casework;
  private final CaseSearchService search;

  CaseController(CaseworkService casework, CaseSearchService search) {
    this.casework = casework;
    this.search = search;
  }

  @Operation(summary = "Cases in my region, newest first",
      description = "q: a tracking code (GW-XXXXX-XXXXX or GWXXXXXXXXXX, or a part) or a part of the target's name; "
          + "from/to: submission days (China time, both included); overdue=true: an open step is past its deadline.")
  @GetMapping
  Page<CaseSummary> cases(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String q,
                          @RequestParam(required = false) Category category,
                          @RequestParam(required = false) java.time.LocalDate from,
                          @RequestParam(required = false) java.time.LocalDate to,
                          @RequestParam(defaultValue = "false") boolean overdue,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    int bounded = Math.max(1, Math.min(limit, 200));
    CaseSearch filter = new CaseSearch(q, category, status, from, to, overdue);
    return new Page<>(search.summaries(filter, Math.max(offset, 0), bounded), search.count(filter), offset, bounded);
  }

  @Operation(summary = "One case: report, evidence, timeline, messages, decisions, open tasks")
  @GetMapping("/{trackingCode}")
  CaseDetail caseDetail(@PathVariable String trackingCode) {
    return casework.caseDetail(trackingCode);
  }

  @Operation(summary = "One case's history (its audit chain), newest first",
      description = "Staff of the case's region (INTAKE, INVESTIGATOR, LEADER) and ADMIN; others answer 404.")
  @GetMapping("/{trackingCode}/history")
  List<AuditEntry> history(@PathVariable String trackingCode, @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
    return casework.auditTrail(trackingCode, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
  }

  @Operation(summary = "Record an arrest or conviction on a closed case")
  @PostMapping("/{trackingCode}/criminal-outcomes")
  ResponseEntity<Void> criminalOutcome(@PathVariable String trackingCode, @RequestBody CriminalOutcome outcome) {
    casework.recordCriminalOutcome(trackingCode, outcome == null ? null : outcome.outcome(),
        outcome == null ? null : outcome.date());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Ask for the one extension of the handling deadline (INVESTIGATOR)")
  @PostMapping("/{trackingCode}/extension")
  ResponseEntity<Void> requestExtension(@PathVariable String trackingCode, @RequestBody ExtensionRequest request) {
    casework.requestExtension(trackingCode, request == null || request.days() == null ? 0 : request.days(),
        request == null ? null : request.reason());
    return ResponseEntity.accepted().build();
  }
}
