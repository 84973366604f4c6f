package org.greenwhistle.reward.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.greenwhistle.reward.domain.RuleSet;

/**
 * Picks the rules in force: the city's own rule set valid on the decision date, else the province's, else the
 * national default ({@value RuleSet#NATIONAL}). Within one jurisdiction the highest version whose
 * [validFrom, validTo] contains the date wins (a tie goes to the later validFrom). A county code given as the
 * city falls back to its prefecture (first four digits + "00") before the province.
 */
public final class RuleSetSelector {
  private static final Comparator<CompiledRuleSet> NEWEST = Comparator
      .comparingInt((CompiledRuleSet c) -> c.ruleSet().version())
      .thenComparing(c -> c.ruleSet().validFrom());

  private RuleSetSelector() {
  }

  public static Optional<CompiledRuleSet> select(Collection<CompiledRuleSet> active, String province, String city,
                                                 LocalDate decisionDate) {
    if (active == null || decisionDate == null) {
      return Optional.empty();
    }
    for (String jurisdiction : jurisdictions(province, city)) {
      Optional<CompiledRuleSet> found = active.stream()
          .filter(c -> jurisdiction.equals(c.ruleSet().jurisdiction()) && c.ruleSet().validOn(decisionDate))
          .max(NEWEST);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The jurisdictions to try, most specific first. */
  static Set<String> jurisdictions(String province, String city) {
    Set<String> order = new LinkedHashSet<>();
    if (city != null && !city.isBlank()) {
      String c = city.strip();
      order.add(c);
      if (c.length() == 6 && !c.endsWith("00")) {
        order.add(c.substring(0, 4) + "00");
      }
    }
    if (province != null && !province.isBlank()) {
      order.add(province.strip());
    }
    order.add(RuleSet.NATIONAL);
    return order;
  }
}
