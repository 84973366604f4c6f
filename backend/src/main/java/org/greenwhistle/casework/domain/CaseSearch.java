package org.greenwhistle.casework.domain;

import java.time.LocalDate;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportStatus;

/**
 * What a staff member searches the cases of their region by; every field is optional. {@code text} is a tracking
 * code (GW-XXXXX-XXXXX or GWXXXXXXXXXX, or a part of one) or a part of the target's name; {@code from} and
 * {@code to} are submission days (China time, both included); {@code overdueOnly} keeps cases with an overdue step.
 */
public record CaseSearch(String text, Category category, ReportStatus status, LocalDate from, LocalDate to,
                         boolean overdueOnly) {
  public static CaseSearch of(ReportStatus status, String text) {
    return new CaseSearch(text, null, status, null, null, false);
  }
}
