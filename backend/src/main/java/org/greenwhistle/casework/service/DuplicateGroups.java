package org.greenwhistle.casework.service;

import java.util.Map;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.report.service.ReportProgress;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A duplicate group's first report that is withdrawn or rejected handles nothing, so its duplicates are handled
 * on their own again: unlinked, back to "submitted" and a fresh intake (a new {@code report-handling} instance),
 * where intake may link them to the earliest remaining report. Runs in the step that withdrew or rejected.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class DuplicateGroups {
  private static final String PROCESS_KEY = "report-handling";

  private final ReportLookup lookup;
  private final ReportProgress progress;
  private final RuntimeService runtime;

  DuplicateGroups(ReportLookup lookup, ReportProgress progress, RuntimeService runtime) {
    this.lookup = lookup;
    this.progress = progress;
    this.runtime = runtime;
  }

  public void releaseDuplicatesOf(long reportId, String actor) {
    for (String code : lookup.duplicatesOf(reportId)) {
      ReportRecord duplicate = lookup.byTrackingCode(code);
      if (duplicate == null || duplicate.getStatus() != ReportStatus.LINKED) {
        continue;
      }
      progress.unlink(duplicate.getId());
      progress.record(duplicate.getId(), actor, ReportStatus.SUBMITTED, "DUPLICATE_RELEASED", null);
      runtime.startProcessInstanceByKey(PROCESS_KEY, duplicate.getTrackingCode(), Map.of("reportId",
          duplicate.getId(), "regionCode", duplicate.getRegionCode(), "wantsReward", duplicate.isWantsReward()));
    }
  }
}
