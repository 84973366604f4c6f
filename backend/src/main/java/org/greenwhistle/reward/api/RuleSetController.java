package org.greenwhistle.reward.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.greenwhistle.reward.domain.RuleSetEntry;
import org.greenwhistle.reward.service.RuleSetAdminService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: the reward rule-set registry; a new version applies after a second ADMIN approves it. */
@RestController
@RequestMapping("/api/v1/reward-rule-sets")
class RuleSetController {
  record Reason(String reason) {
  }

  private final RuleSetAdminService admin;

  RuleSetController(RuleSetAdminService admin) {
    this.admin = admin;
  }

  @Operation(summary = "Registry entries, newest first (without the DMN text)")
  @GetMapping
  List<RuleSetEntry> list(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    return admin.page(offset, limit);
  }

  @Operation(summary = "Upload a new version: dmnXml and examplesJson as text; accepted only when it parses and "
      + "every example passes")
  @PostMapping
  ResponseEntity<Map<String, Long>> upload(@RequestBody RuleSetAdminService.Upload upload) {
    return ResponseEntity.status(201).body(Map.of("id", admin.upload(upload)));
  }

  @Operation(summary = "Second ADMIN: put a pending version in force")
  @PostMapping("/{id}/approve")
  ResponseEntity<Void> approve(@PathVariable long id) {
    admin.approve(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Second ADMIN: refuse a pending version, with a reason")
  @PostMapping("/{id}/reject")
  ResponseEntity<Void> reject(@PathVariable long id, @RequestBody(required = false) Reason body) {
    admin.reject(id, body == null ? null : body.reason());
    return ResponseEntity.noContent().build();
  }
}
