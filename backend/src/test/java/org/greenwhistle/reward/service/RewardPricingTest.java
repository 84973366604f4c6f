package org.greenwhistle.reward.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.junit.jupiter.api.Test;

/** A penalty decision with several violation items is priced by its highest item (issue 21, acceptance b). */
class RewardPricingTest {

  @Test
  void aDecisionWithTwoItemsIsPricedByTheHigherOneWithTheCaseLevelFactsOnEach() {
    RewardCalculator calculator = mock(RewardCalculator.class);
    when(calculator.quote(any(RewardQuery.class))).thenAnswer(call -> {
      RewardQuery q = call.getArgument(0);
      // a stand-in rule: one thousandth of the fine, so the higher fine gives the higher quote
      return new RewardQuote(q.fineAmount().movePointLeft(3), BigDecimal.ZERO, BigDecimal.TEN.pow(5),
          RewardQuote.CNY, q.violationType() + "|" + q.outcomes(), List.of());
    });
    CaseFacts facts = new CaseFacts("自环罚〔2026〕99号", LocalDate.parse("2026-11-25"), List.of(
        new CaseFacts.Item("HAZARDOUS_WASTE", Set.of("FINE"), new BigDecimal("50000"), new BigDecimal("1000000")),
        new CaseFacts.Item("HIDDEN_PIPE", Set.of("FINE"), new BigDecimal("300000"), new BigDecimal("1000000"))),
        "NONE", Set.of("ARREST"));

    RewardQuote quote = new RewardPricing(calculator).price(facts, "/0/51/5103/510302", false, 1, false);

    assertThat(quote.amount()).isEqualByComparingTo("300");
    assertThat(quote.ruleSet()).startsWith("HIDDEN_PIPE|").contains("ARREST").contains("FINE");
  }
}
