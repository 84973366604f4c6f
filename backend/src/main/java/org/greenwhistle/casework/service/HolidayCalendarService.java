package org.greenwhistle.casework.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CalendarDay;
import org.greenwhistle.casework.persistence.HolidayMapper;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.service.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ADMIN maintains the official holidays and make-up working days that working-day deadlines use. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class HolidayCalendarService {
  private final HolidayMapper holidays;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  HolidayCalendarService(HolidayMapper holidays, AuditTrail audit, CurrentUser currentUser, Clock clock) {
    this.holidays = holidays;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CalendarDay> year(int year) {
    return holidays.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** This year and next: those without published data, for which working days fall back to weekdays. */
  @Transactional(readOnly = true)
  public List<Integer> missingYears() {
    int now = LocalDate.now(clock).getYear();
    List<Integer> missing = new ArrayList<>();
    for (int year = now; year <= now + 1; year++) {
      if (!holidays.completeYears().contains(year)) {
        missing.add(year);
      }
    }
    return missing;
  }

  public void setDay(CalendarDay day) {
    if (day == null || day.calDate() == null || day.kind() == null || day.name() == null || day.name().isBlank()
        || day.name().length() > 40) {
      throw new InvalidInputException(new FieldProblem("day", "report.error.required"));
    }
    holidays.upsertDay(day);
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "HOLIDAY_SET", day.calDate().toString(), day.kind().name());
  }

  public void removeDay(LocalDate day) {
    holidays.deleteDay(day);
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "HOLIDAY_REMOVED", day.toString(), null);
  }

  /** Marks a year's announcement as fully entered (or not), which ends the weekday fallback warning. */
  public void markYear(int year, boolean complete) {
    holidays.markYear(year, complete);
    audit.record(AuditEntry.SYSTEM_CHAIN, currentUser.username(), "HOLIDAY_YEAR", Integer.toString(year),
        "complete=" + complete);
  }
}
