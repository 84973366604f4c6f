package org.greenwhistle.reward.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.domain.RuleSet;
import org.greenwhistle.reward.service.RewardCalculator;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every worked example of every shipped rule set, quoted through the calculator as the application does (so the
 * region and date of each example must also select its own rule set). Test names show the rule set, the
 * example, and the published figure (or our documented choice) it checks.
 */
class RewardRulesExamplesTest {
  private static final RewardRules RULES = new RewardRules();
  private static final ShippedRuleSetSource SOURCE = new ShippedRuleSetSource(RULES);
  private static final RewardCalculator CALCULATOR = new RewardCalculator(RULES, SOURCE);

  @TestFactory
  Stream<DynamicNode> everyShippedExample() {
    return SOURCE.active().stream().map(compiled -> {
      RuleSet rs = compiled.ruleSet();
      List<RuleSetExample> examples = RuleSetExample.parseAll(rs.examplesJson());
      return DynamicContainer.dynamicContainer(rs.label() + " (" + rs.jurisdiction() + ", " + examples.size()
          + " examples)", examples.stream().map(ex -> DynamicTest.dynamicTest(
              ex.id() + (ex.ourChoice() ? " [our choice]" : "") + " — " + ex.source(), () -> {
                String at = rs.label() + " example " + ex.id() + " (" + ex.source() + ")";
                RewardQuote quote = CALCULATOR.quote(ex.query());
                assertThat(quote.ruleSet()).as(at + ": rule set selected").isEqualTo(rs.label());
                assertThat(quote.amount()).as(at + ": amount").isEqualByComparingTo(ex.amount());
                assertThat(quote.min()).as(at + ": min").isEqualByComparingTo(ex.min());
                assertThat(quote.max()).as(at + ": max").isEqualByComparingTo(ex.max());
                assertThat(quote.amount().scale()).isEqualTo(2);
                assertThat(quote.currency()).isEqualTo("CNY");
                assertThat(quote.basis()).isNotEmpty();
              })));
    });
  }

  @Test
  void theSevenRequiredRuleSetsShipWithAtLeastSixExamplesEach() {
    assertThat(SOURCE.active()).extracting(c -> c.ruleSet().key()).containsExactlyInAnyOrder("national-default",
        "sichuan-2023", "chongqing-2025", "zhejiang-2021", "jiangxi-2021", "beijing-2021-draft", "hangzhou-2021");
    for (CompiledRuleSet c : SOURCE.active()) {
      assertThat(RuleSetExample.parseAll(c.ruleSet().examplesJson())).as(c.ruleSet().key()).hasSizeGreaterThanOrEqualTo(6)
          .allSatisfy(ex -> assertThat(ex.source()).containsAnyOf("domain.md §3", "docs/reward-rules.md"));
    }
  }

  @Test
  void theRuleSetsOwnVerificationPassesToo() {
    for (CompiledRuleSet c : SOURCE.active()) {
      assertThat(RULES.verifyExamples(c)).as(c.ruleSet().key()).isEmpty();
    }
  }

  @Test
  void everyShippedRuleCitesItsSource() {
    for (RuleSet rs : ShippedRuleSets.load()) {
      String xml = rs.dmnXml();
      int rules = xml.split("<rule ", -1).length - 1;
      int described = xml.split("<description>domain.md", -1).length - 1
          + xml.split("<description>Our table", -1).length - 1;
      assertThat(rules).as(rs.key() + " has rules").isPositive();
      assertThat(described).as(rs.key() + ": every rule cites domain.md or our table").isEqualTo(rules);
    }
  }
}
