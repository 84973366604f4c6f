package org.greenwhistle.reward.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the reward rules need from a closed case: the penalty decision's items and date, the incident grade
 * and criminal outcomes recorded later (arrest, conviction).
 */
public record CaseFacts(String penaltyDecisionNumber, LocalDate decisionDate, List<Item> items, String incidentGrade,
                        Set<String> laterOutcomes) {

  public record Item(String violationType, Set<String> outcomes, BigDecimal fineAmount, BigDecimal statutoryMaxFine) {
  }

  public boolean hasHandlingOutcome() {
    return decisionDate != null && items != null && items.stream().anyMatch(i -> !i.outcomes().isEmpty());
  }
}
