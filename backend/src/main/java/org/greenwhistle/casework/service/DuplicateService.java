package org.greenwhistle.casework.service;

import java.time.Duration;
import java.util.List;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.DuplicateCandidate;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate duplicates of a case (the same target, or a place within {@code greenwhistle.duplicates.radius-metres},
 * submitted within {@code greenwhistle.duplicates.window} of it) in the caller's region, and the one-click link of
 * the case on screen to one of them, which is the intake review's LINK_DUPLICATE outcome with the same rules as the
 * form and the REST API ({@link CaseDecisions#linkRefusal}: only to an earlier, open report).
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
public class DuplicateService {
  private static final int MAX_CANDIDATES = 20;

  private final CaseworkService casework;
  private final ReportLookup reports;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final Duration window;
  private final int radiusMetres;

  DuplicateService(CaseworkService casework, ReportLookup reports, RegionService regions, CurrentUser currentUser,
                   @Value("${greenwhistle.duplicates.window:P30D}") Duration window,
                   @Value("${greenwhistle.duplicates.radius-metres:300}") int radiusMetres) {
    this.casework = casework;
    this.reports = reports;
    this.regions = regions;
    this.currentUser = currentUser;
    this.window = window;
    this.radiusMetres = radiusMetres;
  }

  /** Earliest first; each says whether it is earlier than the case (only an earlier one can take the link). */
  @Transactional(readOnly = true)
  public List<DuplicateCandidate> candidates(String trackingCode) {
    ReportRecord r = reports.inCallersRegion(trackingCode);
    String regionPath = regions.find(currentUser.get().orElseThrow().getRegionCode()).orElseThrow().path();
    return reports.duplicateCandidates(r, regionPath, window, radiusMetres, MAX_CANDIDATES).stream()
        .map(c -> new DuplicateCandidate(c.getTrackingCode(), c.getStatus(), c.getTargetName(),
            regions.fullName(c.getRegionCode()), c.getSubmittedAt(), sameTarget(r, c), distance(r, c),
            c.getSubmittedAt().isBefore(r.getSubmittedAt())
                || c.getSubmittedAt().equals(r.getSubmittedAt()) && c.getId() < r.getId()))
        .filter(c -> c.sameTarget() || c.distanceMetres() != null && c.distanceMetres() <= radiusMetres)
        .toList();
  }

  /**
   * Completes the case's intake review as "duplicate of {@code earlierCode}" (claiming it first when nobody has);
   * refused with the form's messages, e.g. when {@code earlierCode} is the later report.
   */
  @PreAuthorize("hasRole('INTAKE')")
  public void link(String trackingCode, String earlierCode) {
    CaseTask intake = casework.caseDetail(trackingCode).openTasks().stream()
        .filter(t -> "intakeReview".equals(t.taskKey())).findFirst()
        .orElseThrow(() -> new InvalidInputException(new FieldProblem("linkTo", "duplicates.error.notInIntake")));
    if (intake.assignee() == null) {
      casework.claim(intake.taskId());
    }
    casework.complete(intake.taskId(), new TaskCompletion("LINK_DUPLICATE", null, null, earlierCode, null, null, null,
        null, null, null, null, null));
  }

  private static boolean sameTarget(ReportRecord a, ReportRecord b) {
    return a.getTargetName().strip().equalsIgnoreCase(b.getTargetName().strip());
  }

  /** Great-circle distance in metres (haversine), or null without coordinates. */
  static Integer distance(ReportRecord a, ReportRecord b) {
    if (a.getLatitude() == null || a.getLongitude() == null || b.getLatitude() == null || b.getLongitude() == null) {
      return null;
    }
    double lat1 = Math.toRadians(a.getLatitude().doubleValue());
    double lat2 = Math.toRadians(b.getLatitude().doubleValue());
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(b.getLongitude().doubleValue() - a.getLongitude().doubleValue());
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return (int) Math.round(2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h))));
  }
}
