package org.greenwhistle.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseSummary;
import org.greenwhistle.casework.service.CaseworkService;
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

  CaseController(CaseworkService casework) {
    this.casework = casework;
  }

  @Operation(summary = "Cases in my region, newest first")
  @GetMapping
  Page<CaseSummary> cases(@RequestParam(required = false) ReportStatus status, @RequestParam(required = false) String q,
                          @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    int bounded = Math.max(1, Math.min(limit, 200));
    return new Page<>(casework.cases(status, q, Math.max(offset, 0), bounded), casework.countCases(status, q),
        offset, bounded);
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
