package org.greenwhistle.casework.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenwhistle.casework.domain.CalendarDay;

/**
 * Pure working-day arithmetic over a list of official exceptions. Years without published data fall back
 * to "Monday to Friday" and are reported, so that ADMIN can be warned.
 */
public class WorkingDayCalendar {
  private final Map<LocalDate, CalendarDay.Kind> exceptions = new HashMap<>();
  private final Set<Integer> completeYears;

  public WorkingDayCalendar(List<CalendarDay> days, Set<Integer> completeYears) {
    days.forEach(d -> exceptions.put(d.calDate(), d.kind()));
    this.completeYears = Set.copyOf(completeYears);
  }

  public boolean isWorkingDay(LocalDate day) {
    CalendarDay.Kind kind = exceptions.get(day);
    if (kind != null) {
      return kind == CalendarDay.Kind.WORKDAY;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** The day on which the {@code n}-th working day after {@code start} ends (start itself not counted). */
  public LocalDate addWorkingDays(LocalDate start, int n) {
    LocalDate day = start;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  public boolean hasDataFor(int year) {
    return completeYears.contains(year);
  }
}
