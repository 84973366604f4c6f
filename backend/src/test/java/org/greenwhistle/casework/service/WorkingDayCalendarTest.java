package org.greenwhistle.casework.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenwhistle.casework.domain.CalendarDay;
import org.junit.jupiter.api.Test;

/** Working-day deadlines over a holiday, with a fixture calendar (the 2026 Spring Festival). */
class WorkingDayCalendarTest {
  private static WorkingDayCalendar springFestival2026() {
    List<CalendarDay> days = new ArrayList<>();
    days.add(new CalendarDay(LocalDate.of(2026, 2, 14), CalendarDay.Kind.WORKDAY, "调休"));
    for (int d = 15; d <= 23; d++) {
      days.add(new CalendarDay(LocalDate.of(2026, 2, d), CalendarDay.Kind.HOLIDAY, "春节"));
    }
    days.add(new CalendarDay(LocalDate.of(2026, 2, 28), CalendarDay.Kind.WORKDAY, "调休"));
    return new WorkingDayCalendar(days, Set.of(2026));
  }

  @Test
  void holidaysDoNotCountAndMakeUpSaturdaysDo() {
    WorkingDayCalendar calendar = springFestival2026();
    // Thu 12 Feb + 5 working days: Fri 13, Sat 14 (make-up day), then the holiday, Tue 24, Wed 25, Thu 26
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
  }

  @Test
  void fifteenWorkingDaysAcrossTheFestivalTakeAMonth() {
    // from Mon 9 Feb: 10, 11, 12, 13, 14 (make-up), then 24, 25, 26, 27, 28 (make-up), then 2 to 6 March
    assertThat(springFestival2026().addWorkingDays(LocalDate.of(2026, 2, 9), 15)).isEqualTo(LocalDate.of(2026, 3, 6));
  }

  @Test
  void aYearWithoutDataFallsBackToWeekdaysOnly() {
    WorkingDayCalendar calendar = springFestival2026();
    assertThat(calendar.hasDataFor(2027)).isFalse();
    // Fri 1 Jan 2027 is a weekday in the fallback, though in reality it will be a holiday
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(calendar.addWorkingDays(LocalDate.of(2027, 1, 1), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
  }
}
