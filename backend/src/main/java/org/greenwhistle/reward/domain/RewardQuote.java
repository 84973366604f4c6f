package org.greenwhistle.reward.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed reward: the suggested {@code amount} and the range [{@code min}, {@code max}] the officer may
 * choose from, in fen precision (scale 2); {@code ruleSet} names the rules applied ("sichuan-2023 v1");
 * {@code basis} explains the computation line by line, the last line stating the result.
 */
public record RewardQuote(BigDecimal amount, BigDecimal min, BigDecimal max, String currency, String ruleSet,
                          List<BasisLine> basis) {
  public static final String CNY = "CNY";

  public RewardQuote {
    basis = List.copyOf(basis);
  }
}
