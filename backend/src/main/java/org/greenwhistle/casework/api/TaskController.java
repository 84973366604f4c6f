package org.greenwhistle.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.casework.service.CaseworkService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff task API (HTTP Basic): the same service and rules as the staff views. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {
  record Page<T>(List<T> items, long total, int offset, int limit) {
  }

  record Reassignment(List<String> taskIds, String username) {
  }

  private final CaseworkService casework;

  TaskController(CaseworkService casework) {
    this.casework = casework;
  }

  @Operation(summary = "My tasks and my groups' unclaimed tasks in my region, soonest due first")
  @GetMapping
  Page<CaseTask> tasks(@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String category,
                       @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
                       @RequestParam(defaultValue = "50") int limit) {
    int bounded = Math.max(1, Math.min(limit, 200));
    return new Page<>(casework.inbox(overdue, category, q, offset, bounded), casework.countInbox(overdue, category, q),
        offset, bounded);
  }

  @Operation(summary = "Claim a task")
  @PostMapping("/{taskId}/claim")
  CaseTask claim(@PathVariable String taskId) {
    return casework.claim(taskId);
  }

  @Operation(summary = "Give a claimed task back to the group")
  @PostMapping("/{taskId}/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String taskId) {
    casework.unclaim(taskId);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "LEADER: hand open tasks of the region to a colleague holding the task's role there")
  @PostMapping("/reassign")
  ResponseEntity<Void> reassign(@RequestBody Reassignment reassignment) {
    casework.reassign(reassignment == null || reassignment.taskIds() == null ? List.of() : reassignment.taskIds(),
        reassignment == null ? null : reassignment.username());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Complete a task with its form fields",
      description = "intakeReview: outcome ACCEPT|REJECT(rejectReason)|REQUEST_INFO(message)|LINK_DUPLICATE(linkTo)|"
          + "TRANSFER(transferRegion, reason); verification: outcome, inspectionDate, findings; enforcementDecision: "
          + "enforcement{penaltyDecisionNumber, decisionDate, items[{violationType, outcomes[], fineAmount, "
          + "statutoryMaxFine}], incidentGrade}; closureApproval: outcome APPROVE|RETURN, comment (required to return); "
          + "appealReview: outcome UPHELD|DISMISSED, comment; extensionApproval: approved, days")
  @PostMapping("/{taskId}/complete")
  ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody(required = false) TaskCompletion form) {
    casework.complete(taskId, form);
    return ResponseEntity.noContent().build();
  }
}
