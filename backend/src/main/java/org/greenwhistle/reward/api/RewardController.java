package org.greenwhistle.reward.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.service.RewardService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff reward API (HTTP Basic): the quote, and LEADER's review and second approval of a reward task. */
@RestController
@RequestMapping("/api/v1/rewards")
class RewardController {
  record QuoteRequest(String province, String city, LocalDate decisionDate, String violationType, List<String> outcomes,
                      BigDecimal fineAmount, BigDecimal statutoryMaxFine, Integer contributionGrade, Boolean insider,
                      String incidentGrade, Boolean anonymous) {
  }

  record QuoteResponse(BigDecimal amount, BigDecimal min, BigDecimal max, String currency, String ruleSet,
                       List<String> basis) {
  }

  record SecondApproval(Boolean approve, String comment) {
  }

  private final RewardService rewards;

  RewardController(RewardService rewards) {
    this.rewards = rewards;
  }

  @Operation(summary = "LEADER, FINANCE, ADMIN: what the rules in force pay for a case",
      description = "province and city are GB/T 2260 codes; the city's rules apply where it has its own, else the "
          + "province's, else the national default. Money in decimal yuan. Where a rule leaves the amount to the "
          + "officer, min and max are the rule's floor and ceiling and amount the suggested default. basis[] "
          + "explains each step, in English when Accept-Language asks for it.")
  @PostMapping("/quote")
  QuoteResponse quote(@RequestBody QuoteRequest q, Locale locale) {
    RewardQuote quote = rewards.quote(new RewardQuery(q.province(), q.city(), q.decisionDate(), q.violationType(),
        q.outcomes() == null ? null : new LinkedHashSet<>(q.outcomes()), q.fineAmount(), q.statutoryMaxFine(),
        q.contributionGrade() == null ? 0 : q.contributionGrade(), Boolean.TRUE.equals(q.insider()),
        q.incidentGrade(), Boolean.TRUE.equals(q.anonymous())));
    boolean english = "en".equals(locale.getLanguage());
    return new QuoteResponse(quote.amount(), quote.min(), quote.max(), quote.currency(), quote.ruleSet(),
        quote.basis().stream().map(b -> english ? b.en() : b.zh()).toList());
  }

  @Operation(summary = "LEADER: complete rewardReview",
      description = "excludedPerson, falseIdentity, alreadyKnown (all required booleans); when eligible also "
          + "contributionGrade 1–3 and insider; optional proposedAmount inside the rule's range with amountReason")
  @PostMapping("/tasks/{taskId}/review")
  ResponseEntity<Void> review(@PathVariable String taskId, @RequestBody RewardService.ReviewForm form) {
    rewards.review(taskId, form == null ? new RewardService.ReviewForm(null, null, null, null, null, null, null) : form);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "LEADER (not the reviewer): complete rewardSecondApproval; a return needs a comment")
  @PostMapping("/tasks/{taskId}/second-approval")
  ResponseEntity<Void> secondApproval(@PathVariable String taskId, @RequestBody SecondApproval body) {
    rewards.secondApproval(taskId, body != null && Boolean.TRUE.equals(body.approve()),
        body == null ? null : body.comment());
    return ResponseEntity.noContent().build();
  }
}
