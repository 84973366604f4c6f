package org.greenwhistle.reward.rules;

import java.util.Collection;

/** Where the rule sets an application may choose from come from (shipped, or maintained in the database). */
public interface RuleSetSource {
  /** All compiled rule sets that may be selected, of every jurisdiction, version and validity. */
  Collection<CompiledRuleSet> active();
}
