package org.greenwhistle.casework.service;

import java.util.List;
import org.greenwhistle.casework.domain.HistoricalDecision;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk import of the task decisions of finished historical cases (demo data, statistics tests); no API exposes it. */
@Service
public class HistoricalDecisions {
  private final CaseTaskMapper tasks;

  HistoricalDecisions(CaseTaskMapper tasks) {
    this.tasks = tasks;
  }

  @Transactional
  public void importDecisions(List<HistoricalDecision> rows) {
    if (!rows.isEmpty()) {
      tasks.insertHistoricalDecisions(rows);
    }
  }
}
