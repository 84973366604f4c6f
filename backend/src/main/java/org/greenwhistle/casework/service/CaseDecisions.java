package org.greenwhistle.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.BadUserRequestException;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportProgress;
import org.greenwhistle.report.service.ReportLookup;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records the facts of each decision step, and checks the targets of links and transfers. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CaseDecisions {
  private final CaseTaskMapper mapper;
  private final ReportLookup lookup;
  private final RegionService regions;
  private final ObjectMapper json;
  private final Clock clock;

  CaseDecisions(CaseTaskMapper mapper, ReportLookup lookup, RegionService regions, ObjectMapper json, Clock clock) {
    this.mapper = mapper;
    this.lookup = lookup;
    this.regions = regions;
    this.json = json;
    this.clock = clock;
  }

  public void record(long reportId, String step, String actor, String outcome, Map<String, ?> details) {
    try {
      mapper.insertDecision(new CaseDecision(null, reportId, step, actor, clock.instant(), outcome,
          details == null ? null : json.writeValueAsString(details)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public List<CaseDecision> of(long reportId) {
    return mapper.findDecisions(reportId);
  }

  /** The earlier case a duplicate is linked to: it must exist, be another report, and not itself be a duplicate. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public ReportRecord requireLinkTarget(long reportId, String trackingCode) {
    ReportRecord target = lookup.byTrackingCode(trackingCode);
    if (target == null || target.getId() == reportId) {
      throw new BadUserRequestException("case.error.linkTargetUnknown");
    }
    ReportRecord root = target.getLinkedToReportId() == null ? target : lookup.byId(target.getLinkedToReportId());
    if (!ReportProgress.isOpen(root.getStatus())) {
      throw new BadUserRequestException("case.error.linkTargetClosed");
    }
    return root;
  }

  /** A transfer goes to another existing region of the lowest level there. */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public String requireTransferTarget(String regionCode, String currentRegion) {
    if (regionCode == null || regions.find(regionCode).isEmpty() || !regions.children(regionCode).isEmpty()
        || regionCode.equals(currentRegion)) {
      throw new BadUserRequestException("case.error.transferTargetInvalid");
    }
    return regionCode;
  }
}
