package org.greenwhistle.reward.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.reward.service.RewardClaimService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reporter's rewards, with the receipt's access key in X-Access-Key. */
@RestController
@RequestMapping("/api/v1/reports/{trackingCode}/rewards")
class RewardClaimController {
  private final RewardClaimService claims;

  RewardClaimController(RewardClaimService claims) {
    this.claims = claims;
  }

  @Operation(summary = "Rewards granted on this report")
  @GetMapping
  List<RewardClaimService.RewardView> rewards(@PathVariable String trackingCode,
                                              @RequestHeader(name = "X-Access-Key", required = false) String key) {
    return claims.rewards(trackingCode, key);
  }

  @Operation(summary = "Claim a granted reward",
      description = "real-name report: name + idNumber as given in the report; anonymous: payeeName. Both: bankName, "
          + "bankAccount (digits). Within the claim window only, once.")
  @PostMapping("/{rewardId}/claim")
  ResponseEntity<Void> claim(@PathVariable String trackingCode, @PathVariable long rewardId,
                             @RequestHeader(name = "X-Access-Key", required = false) String key,
                             @RequestBody(required = false) RewardClaimService.ClaimForm form) {
    claims.claim(trackingCode, key, rewardId, form);
    return ResponseEntity.noContent().build();
  }
}
