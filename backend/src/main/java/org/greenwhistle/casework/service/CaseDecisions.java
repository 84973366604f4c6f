package org.greenwhistle.casework.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.BadUserRequestException;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportProgress;
import org.greenwhistle.report.service.ReceiptCodes;
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

  /** The earlier case a duplicate is linked to (engine side; the forms check {@link #linkRefusal} first). */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public ReportRecord requireLinkTarget(long reportId, String trackingCode) {
    ReportRecord target = lookup.byTrackingCode(trackingCode);
    FieldProblem refusal = linkRefusal(reportId, target);
    if (refusal != null) {
      throw new BadUserRequestException(refusal.messageKey());
    }
    return rootOf(target);
  }

  /**
   * Why report {@code reportId} may not be linked to {@code target} as its duplicate, or null when it may: the
   * target must be another report; its group's first report (the target, or the case it is linked to) must still be
   * open and must be EARLIER than this report, so that the first reporter keeps the first reporter's rights. The one
   * rule for the task forms, the REST API and the engine.
   */
  @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
  public FieldProblem linkRefusal(long reportId, ReportRecord target) {
    if (target == null || target.getId() == reportId) {
      return new FieldProblem("linkTo", "case.error.linkTargetUnknown");
    }
    ReportRecord root = rootOf(target);
    if (!ReportProgress.isOpen(root.getStatus())) {
      // a report after the earlier case was closed is a re-offence: a new case, rewardable again
      return new FieldProblem("linkTo", "case.error.linkTargetClosed");
    }
    ReportRecord report = lookup.byId(reportId);
    boolean earlier = root.getSubmittedAt().isBefore(report.getSubmittedAt())
        || root.getSubmittedAt().equals(report.getSubmittedAt()) && root.getId() < reportId;
    if (!earlier) {
      return new FieldProblem("linkTo", "case.error.linkTargetLater", ReceiptCodes.display(root.getTrackingCode()));
    }
    return null;
  }

  private ReportRecord rootOf(ReportRecord report) {
    return report.getLinkedToReportId() == null ? report : lookup.byId(report.getLinkedToReportId());
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
