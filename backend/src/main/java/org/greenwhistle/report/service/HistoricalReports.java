package org.greenwhistle.report.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.report.domain.HistoricalReport;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of finished reports as history (the demo's year of cases, statistics tests): rows only, no process
 * instance, no receipt anyone holds. For trusted callers inside the application; no API exposes it.
 */
@Service
public class HistoricalReports {
  private final ReportMapper reports;

  HistoricalReports(ReportMapper reports) {
    this.reports = reports;
  }

  @Transactional(readOnly = true)
  public long countWithPrefix(String trackingCodePrefix) {
    return reports.countWithPrefix(trackingCodePrefix);
  }

  /** Inserts the reports in one multi-row statement. */
  @Transactional
  public void importReports(List<HistoricalReport> rows) {
    if (!rows.isEmpty()) {
      reports.insertHistorical(rows);
    }
  }

  /** The ids of the reports whose tracking code starts with the prefix, by tracking code. */
  @Transactional(readOnly = true)
  public Map<String, Long> idsWithPrefix(String trackingCodePrefix) {
    Map<String, Long> ids = new HashMap<>();
    reports.idsWithPrefix(trackingCodePrefix).forEach(r -> ids.put(r.trackingCode(), r.id()));
    return ids;
  }

  @Transactional
  public void importCategories(List<HistoricalReport.Category> rows) {
    if (!rows.isEmpty()) {
      reports.insertHistoricalCategories(rows);
    }
  }

  @Transactional
  public void importEvents(List<HistoricalReport.Event> rows) {
    if (!rows.isEmpty()) {
      reports.insertHistoricalEvents(rows);
    }
  }
}
