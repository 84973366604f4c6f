package org.greenwhistle.payout.domain;

import java.math.BigDecimal;

/** Paid rewards of one province in one month. */
public record LedgerRow(String provinceCode, int paidYear, int paidMonth, long count, BigDecimal total) {
}
