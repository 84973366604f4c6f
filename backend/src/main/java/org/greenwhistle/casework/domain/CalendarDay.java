package org.greenwhistle.casework.domain;

import java.time.LocalDate;

/** An official exception to the weekday rule: a public holiday, or a make-up working day on a weekend. */
public record CalendarDay(LocalDate calDate, Kind kind, String name) {
  public enum Kind { HOLIDAY, WORKDAY }
}
