package org.greenwhistle.reward.rules;

import java.util.Collection;
import java.util.List;

/** The rule sets shipped in the {@code processes} jar, compiled once. */
public final class ShippedRuleSetSource implements RuleSetSource {
  private final List<CompiledRuleSet> compiled;

  public ShippedRuleSetSource(RewardRules rules) {
    this.compiled = ShippedRuleSets.load().stream().map(rules::compile).toList();
  }

  @Override
  public Collection<CompiledRuleSet> active() {
    return compiled;
  }
}
