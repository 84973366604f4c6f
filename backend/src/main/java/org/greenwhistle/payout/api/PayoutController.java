package org.greenwhistle.payout.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.greenwhistle.payout.domain.LedgerRow;
import org.greenwhistle.payout.domain.PayoutBatch;
import org.greenwhistle.payout.domain.PayoutDetail;
import org.greenwhistle.payout.domain.PayoutFilter;
import org.greenwhistle.payout.domain.PayoutRow;
import org.greenwhistle.payout.service.PayoutService;
import org.greenwhistle.reward.domain.RewardStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** FINANCE: payout queue, approval, bank batches, payment records and the ledger of the caller's region. */
@RestController
@RequestMapping("/api/v1/payouts")
class PayoutController {
  record Page<T>(List<T> items, long total, int offset, int limit) {
  }

  record Decision(Boolean approve, String comment) {
  }

  record Payment(String paymentReference, LocalDate paymentDate) {
  }

  private final PayoutService payouts;

  PayoutController(PayoutService payouts) {
    this.payouts = payouts;
  }

  @Operation(summary = "Rewards awaiting or past FINANCE, newest first; filter by status, region, tracking code")
  @GetMapping
  Page<PayoutRow> queue(@RequestParam(required = false) RewardStatus status,
                        @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                        @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    PayoutFilter filter = new PayoutFilter(status, region, q);
    int bounded = Math.max(1, Math.min(limit, 200));
    return new Page<>(payouts.queue(filter, offset, bounded), payouts.countQueue(filter), offset, bounded);
  }

  @Operation(summary = "One payout with payee and bank data (the viewing is audited)")
  @GetMapping("/{rewardId}")
  PayoutDetail payout(@PathVariable long rewardId) {
    return payouts.payout(rewardId);
  }

  @Operation(summary = "financeApproval: approve, or reject back to review with a comment (not the reviewer)")
  @PostMapping("/{rewardId}/decision")
  ResponseEntity<Void> decide(@PathVariable long rewardId, @RequestBody Decision body) {
    payouts.decide(rewardId, body != null && Boolean.TRUE.equals(body.approve()), body == null ? null : body.comment());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "recordPayout: the bank's reference and the payment date (not the approver)")
  @PostMapping("/{rewardId}/payment")
  ResponseEntity<Void> payment(@PathVariable long rewardId, @RequestBody Payment body) {
    payouts.recordPayment(rewardId, body == null ? null : body.paymentReference(),
        body == null ? null : body.paymentDate());
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Export every claimed, not yet batched reward as a CSV bank batch (each reward once)")
  @PostMapping("/batches")
  ResponseEntity<byte[]> exportBatch() {
    return csv(payouts.exportBatch());
  }

  @GetMapping("/batches")
  List<PayoutBatch> batches(@RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    return payouts.batches(offset, limit);
  }

  @Operation(summary = "Download an exported batch again (audited)")
  @GetMapping("/batches/{batchId}")
  ResponseEntity<byte[]> batch(@PathVariable long batchId) {
    return csv(payouts.batchFile(batchId));
  }

  @Operation(summary = "Paid rewards by province and month")
  @GetMapping("/ledger")
  List<LedgerRow> ledger() {
    return payouts.ledger();
  }

  private static ResponseEntity<byte[]> csv(PayoutService.BatchFile file) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"")
        .header("X-Batch-Id", Long.toString(file.batchId()))
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(file.content());
  }
}
