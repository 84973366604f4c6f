package org.greenwhistle.casework.api;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.greenwhistle.casework.domain.CalendarDay;
import org.greenwhistle.casework.service.HolidayCalendarService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN: the holiday calendar behind working-day deadlines. */
@RestController
@RequestMapping("/api/v1/admin/holidays")
class HolidayController {
  record Year(int year, List<CalendarDay> days, List<Integer> missingYears) {
  }

  private final HolidayCalendarService calendar;

  HolidayController(HolidayCalendarService calendar) {
    this.calendar = calendar;
  }

  @Operation(summary = "Holidays and make-up working days of a year, and the years still missing")
  @GetMapping("/{year}")
  Year year(@PathVariable int year) {
    return new Year(year, calendar.year(year), calendar.missingYears());
  }

  @Operation(summary = "Set a day (kind HOLIDAY or WORKDAY)")
  @PutMapping
  ResponseEntity<Void> set(@RequestBody CalendarDay day) {
    calendar.setDay(day);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Remove a day")
  @DeleteMapping("/{day}")
  ResponseEntity<Void> remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
    calendar.removeDay(day);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Mark a year's official announcement as fully entered")
  @PutMapping("/{year}/complete")
  ResponseEntity<Void> complete(@PathVariable int year, @RequestParam(defaultValue = "true") boolean complete) {
    calendar.markYear(year, complete);
    return ResponseEntity.noContent().build();
  }
}
