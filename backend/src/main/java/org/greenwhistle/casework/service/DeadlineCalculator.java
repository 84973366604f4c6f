package org.greenwhistle.casework.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import org.greenwhistle.casework.persistence.HolidayMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Due dates for intake and handling: calendar or working days per province, end of the last day (China time). */
@Service
public class DeadlineCalculator {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Logger log = LoggerFactory.getLogger(DeadlineCalculator.class);

  private final HolidayMapper holidays;
  private final DeadlineProperties properties;
  private final Clock clock;

  DeadlineCalculator(HolidayMapper holidays, DeadlineProperties properties, Clock clock) {
    this.holidays = holidays;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Instant intakeDue(String regionCode, Instant from) {
    DeadlineProperties.Rules rules = properties.rulesFor(regionCode);
    return due(from, rules.intakeDays(), rules.intakeDayKind());
  }

  @Transactional(readOnly = true)
  public Instant handlingDue(String regionCode, Instant from) {
    DeadlineProperties.Rules rules = properties.rulesFor(regionCode);
    return due(from, rules.handlingDays(), rules.handlingDayKind());
  }

  @Transactional(readOnly = true)
  public Instant extend(String regionCode, Instant currentDue, int days) {
    DeadlineProperties.Rules rules = properties.rulesFor(regionCode);
    return due(currentDue, days, rules.handlingDayKind());
  }

  public int maxExtensionDays(String regionCode) {
    return properties.rulesFor(regionCode).maxExtensionDays();
  }

  public Instant reminderBefore(Instant due) {
    Instant reminder = due.minus(properties.reminderBefore());
    return reminder.isBefore(clock.instant()) ? clock.instant() : reminder;
  }

  public DeadlineProperties properties() {
    return properties;
  }

  Instant due(Instant from, int days, DeadlineProperties.DayKind kind) {
    LocalDate start = LocalDate.ofInstant(from, CHINA);
    LocalDate last;
    if (kind == DeadlineProperties.DayKind.CALENDAR) {
      last = start.plusDays(days);
    } else {
      WorkingDayCalendar calendar = calendar(start, start.plusDays(days * 3L + 40));
      last = calendar.addWorkingDays(start, days);
      for (int year = start.getYear(); year <= last.getYear(); year++) {
        if (!calendar.hasDataFor(year)) {
          log.warn("No holiday calendar for {}: working days counted as Monday to Friday. ADMIN should enter the "
              + "official holidays for that year.", year);
        }
      }
    }
    return last.atTime(LocalTime.MAX).atZone(CHINA).toInstant();
  }

  @Transactional(readOnly = true)
  public WorkingDayCalendar calendar(LocalDate from, LocalDate to) {
    return new WorkingDayCalendar(holidays.findBetween(from, to), new HashSet<>(holidays.completeYears()));
  }
}
