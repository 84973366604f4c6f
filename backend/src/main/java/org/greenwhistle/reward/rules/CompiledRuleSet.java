package org.greenwhistle.reward.rules;

import java.util.Objects;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.greenwhistle.reward.domain.RuleSet;

/** A rule set with its DMN decision parsed once (immutable and safe to evaluate from many threads). Made by
 * {@link RewardRules#compile}. */
public final class CompiledRuleSet {
  private final RuleSet ruleSet;
  private final DmnDecision decision;

  CompiledRuleSet(RuleSet ruleSet, DmnDecision decision) {
    this.ruleSet = Objects.requireNonNull(ruleSet);
    this.decision = Objects.requireNonNull(decision);
  }

  public RuleSet ruleSet() {
    return ruleSet;
  }

  public DmnDecision decision() {
    return decision;
  }

  @Override
  public String toString() {
    return "CompiledRuleSet[" + ruleSet.label() + ", " + ruleSet.jurisdiction() + "]";
  }
}
