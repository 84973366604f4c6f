package org.greenwhistle.common.money;

import java.math.BigDecimal;

/** Bounds for money typed by people or clients: yuan with at most two decimals, below ten billion. */
public final class Money {
  private static final BigDecimal LIMIT = new BigDecimal("10000000000");

  private Money() {
  }

  /** Compares only (no scaling), so that an absurd exponent costs nothing. */
  public static boolean plausible(BigDecimal amount) {
    return amount == null || amount.scale() <= 2 && amount.scale() > -12 && amount.abs().compareTo(LIMIT) < 0;
  }
}
