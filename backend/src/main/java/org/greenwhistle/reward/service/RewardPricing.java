package org.greenwhistle.reward.service;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.springframework.stereotype.Component;

/**
 * Prices a case: each violation item of the penalty decision is quoted under the rules in force on the decision
 * date, with the criminal outcomes recorded later added to every item, and the highest item is paid
 * (several violations of one target in one report earn one reward).
 */
@Component
public class RewardPricing {
  private final RewardCalculator calculator;

  RewardPricing(RewardCalculator calculator) {
    this.calculator = calculator;
  }

  public RewardQuote price(CaseFacts facts, String regionPath, boolean anonymous, int contributionGrade,
                           boolean insider) {
    String[] path = regionPath.split("/");
    String province = path.length > 2 ? path[2] : "000000";
    // the most specific region: the selector falls back from a county to its prefecture, then the province
    String city = path.length > 3 ? path[path.length - 1] : null;
    return facts.items().stream().map(item -> {
      Set<String> outcomes = new LinkedHashSet<>(item.outcomes());
      outcomes.addAll(facts.laterOutcomes());
      return calculator.quote(new RewardQuery(province, city, facts.decisionDate(), item.violationType(), outcomes,
          item.fineAmount(), item.statutoryMaxFine(), contributionGrade, insider, facts.incidentGrade(), anonymous));
    }).max(Comparator.comparing(RewardQuote::amount)).orElseThrow();
  }

  public static String provinceOf(String regionPath) {
    String[] path = regionPath.split("/");
    return path.length > 2 ? path[2] : "000000";
  }
}
