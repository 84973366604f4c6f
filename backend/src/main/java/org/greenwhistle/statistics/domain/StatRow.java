package org.greenwhistle.statistics.domain;

import java.math.BigDecimal;

/**
 * One row of the published aggregates (a month, a category, a region or the total). Counts are {@link Cell}s;
 * {@code onTimeShare} (0..1) and {@code rewardAmount} (yuan) are left out whenever a count they derive from is
 * suppressed. Category rows carry the intake counts only (closures and rewards are not split by category).
 */
public record StatRow(String key, String label, Cell received, Cell accepted, Cell confirmed, Cell closed,
                      Cell closedOnTime, Double onTimeShare, Cell rewardsPaid, BigDecimal rewardAmount) {
}
