package org.greenwhistle.statistics.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The public statistics of a period (China dates, both inclusive), optionally of one province. {@code regions} are
 * provinces, or the regions directly below the province (cities; districts and counties of a municipality) when
 * one is chosen. Every count of 1 to {@code minCell} − 1 is suppressed (see docs/architecture.md).
 */
public record Statistics(LocalDate from, LocalDate to, String province, RegionLevel regionLevel, int minCell,
                         StatRow total, List<StatRow> months, List<StatRow> categories, List<StatRow> regions) {
  public enum RegionLevel { PROVINCE, CITY }
}
