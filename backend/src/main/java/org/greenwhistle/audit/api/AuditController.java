package org.greenwhistle.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.domain.ChainVerification;
import org.greenwhistle.audit.service.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * ADMIN: read any chain and verify that no entry was changed or removed. Staff read a case's history through the
 * case API of their own region ({@code /api/v1/cases/{trackingCode}/history}).
 */
@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {
  private final AuditTrail audit;

  AuditController(AuditTrail audit) {
    this.audit = audit;
  }

  @Operation(summary = "Re-compute a chain's hashes (chain key: a tracking code, or 'system')")
  @GetMapping("/{chainKey}/verify")
  ChainVerification verify(@PathVariable String chainKey) {
    return audit.verify(chainKey);
  }

  @Operation(summary = "A page of a chain, newest first")
  @GetMapping("/{chainKey}")
  List<AuditEntry> entries(@PathVariable String chainKey, @RequestParam(defaultValue = "0") int offset,
                           @RequestParam(defaultValue = "50") int limit) {
    return audit.page(chainKey, Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
  }
}
