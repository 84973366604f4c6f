package org.greenwhistle.publication.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.publication.domain.PublicationFinding;
import org.greenwhistle.publication.domain.SectionProposal;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.domain.TypicalCaseBatch;
import org.greenwhistle.publication.domain.TypicalCaseForm;
import org.greenwhistle.publication.domain.TypicalCaseQuery;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.domain.TypicalCaseSummary;
import org.greenwhistle.publication.service.TypicalCaseService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN (HTTP Basic): write typical cases, anonymise them, and publish them after a second ADMIN's review. The
 * service refuses everyone else.
 */
@RestController
@RequestMapping("/api/v1/admin/typical-cases")
class TypicalCaseAdminController {
  record Page<T>(List<T> items, long total, int offset, int limit) {
  }

  record FromCase(String trackingCode) {
  }

  record NewBatch(Integer batchNo, String title) {
  }

  record Reason(String reason) {
  }

  record Detail(TypicalCase typicalCase, List<String> sourceCases) {
  }

  private final TypicalCaseService service;

  TypicalCaseAdminController(TypicalCaseService service) {
    this.service = service;
  }

  @Operation(summary = "All typical cases, any state, recently changed first")
  @GetMapping
  Page<TypicalCaseSummary> list(@RequestParam(required = false) String status,
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
    TypicalCaseStatus state = null;
    if (status != null && !status.isBlank()) {
      try {
        state = TypicalCaseStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(TypicalCaseService.problem("status", "publication.error.status"));
      }
    }
    TypicalCaseQuery query = new TypicalCaseQuery(state, null, null, null, null, q, offset, limit);
    TypicalCaseQuery bounded = query.bounded(); // the numbers the service pages with (it bounds the query itself)
    return new Page<>(service.page(query), service.count(query), bounded.offset(), bounded.limit());
  }

  @Operation(summary = "Write a new draft from scratch")
  @PostMapping
  ResponseEntity<Map<String, Long>> create(@RequestBody TypicalCaseForm form) {
    return ResponseEntity.status(201).body(Map.of("id", service.create(form)));
  }

  @Operation(summary = "A new draft pre-filled from a closed case (place, category, outcome, fine, reward)")
  @PostMapping("/from-case")
  ResponseEntity<Map<String, Long>> fromCase(@RequestBody FromCase body) {
    return ResponseEntity.status(201).body(Map.of("id", service.createFromCase(body == null ? null : body.trackingCode())));
  }

  @Operation(summary = "One typical case with the tracking codes of its source cases")
  @GetMapping("/{id:\\d{1,18}}")
  Detail one(@PathVariable long id) {
    return new Detail(service.find(id), service.sourceCases(id));
  }

  @Operation(summary = "Change a draft")
  @PutMapping("/{id:\\d{1,18}}")
  ResponseEntity<Void> edit(@PathVariable long id, @RequestBody TypicalCaseForm form) {
    service.edit(id, form);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Proposed anonymisation of the stored text (nothing changes)")
  @GetMapping("/{id:\\d{1,18}}/anonymisation")
  List<SectionProposal> proposals(@PathVariable long id) {
    return service.propose(id, null).proposals();
  }

  @Operation(summary = "Apply every proposed replacement to a draft")
  @PostMapping("/{id:\\d{1,18}}/anonymise")
  Map<String, Integer> anonymise(@PathVariable long id) {
    return Map.of("replacements", service.anonymise(id));
  }

  @Operation(summary = "What the publication check finds (section and kind, never the value); empty: publishable")
  @GetMapping("/{id:\\d{1,18}}/check")
  List<PublicationFinding> check(@PathVariable long id) {
    return service.check(id);
  }

  @Operation(summary = "Send a complete draft to review")
  @PostMapping("/{id:\\d{1,18}}/submit")
  ResponseEntity<Void> submit(@PathVariable long id) {
    service.submit(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Second ADMIN (neither author nor last editor): publish; refused while the check finds "
      + "personal data")
  @PostMapping("/{id:\\d{1,18}}/approve")
  ResponseEntity<Void> approve(@PathVariable long id) {
    service.approve(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Back to draft, with a reason (from review, or after withdrawal)")
  @PostMapping("/{id:\\d{1,18}}/send-back")
  ResponseEntity<Void> sendBack(@PathVariable long id, @RequestBody(required = false) Reason body) {
    service.sendBack(id, body == null ? null : body.reason());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Take a published case off the public pages, with a reason")
  @PostMapping("/{id:\\d{1,18}}/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody(required = false) Reason body) {
    service.withdraw(id, body == null ? null : body.reason());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Batches, newest first")
  @GetMapping("/batches")
  List<TypicalCaseBatch> batches() {
    return service.batches();
  }

  @Operation(summary = "A new numbered batch")
  @PostMapping("/batches")
  ResponseEntity<Map<String, Long>> createBatch(@RequestBody NewBatch body) {
    return ResponseEntity.status(201).body(Map.of("id", service.createBatch(body == null ? null : body.batchNo(),
        body == null ? null : body.title())));
  }
}
