package org.greenwhistle.report.service;

import java.util.List;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to reports for other features (case work, rewards); callers enforce who may see what. */
@Service
@Transactional(readOnly = true)
public class ReportLookup {
  private final ReportMapper reports;
  private final CurrentUser currentUser;
  private final RegionService regions;

  ReportLookup(ReportMapper reports, CurrentUser currentUser, RegionService regions) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.regions = regions;
  }

  /** Whether any report exists at all (the demo's sample reports are loaded into an empty portal only). */
  public boolean anyReports() {
    return reports.count() > 0;
  }

  public ReportRecord byTrackingCode(String trackingCode) {
    return trackingCode == null ? null : reports.findByTrackingCode(ReceiptCodes.normaliseTrackingCode(trackingCode));
  }

  /**
   * The case with this tracking code if the logged-in staff member's region contains it; otherwise "not
   * found", whether the case is absent or another region's.
   */
  public ReportRecord inCallersRegion(String trackingCode) {
    AccountPrincipal me = currentUser.get().orElseThrow(() -> new NotFoundException("case.error.notFound"));
    ReportRecord r = byTrackingCode(trackingCode);
    if (r == null || !regions.contains(me.getRegionCode(), r.getRegionCode())) {
      throw new NotFoundException("case.error.notFound");
    }
    return r;
  }

  public ReportRecord byId(long id) {
    return reports.findById(id);
  }

  /**
   * Reports of the region that may be about the same matter as {@code report}: the same target, or within
   * {@code radiusMetres} of its coordinates, submitted within {@code window} before or after it; earliest first.
   */
  public List<ReportRecord> duplicateCandidates(ReportRecord report, String regionPath, java.time.Duration window,
                                                int radiusMetres, int limit) {
    boolean box = report.getLatitude() != null && report.getLongitude() != null;
    double lat = box ? report.getLatitude().doubleValue() : 0;
    double lon = box ? report.getLongitude().doubleValue() : 0;
    double latDelta = radiusMetres / 111_320.0;
    double lonDelta = radiusMetres / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
    return reports.findDuplicateCandidates(report.getId(), regionPath, report.getTargetName(),
        report.getSubmittedAt().minus(window), report.getSubmittedAt().plus(window), box, lat - latDelta,
        lat + latDelta, lon - lonDelta, lon + lonDelta, Math.min(limit, 50));
  }

  /** Tracking codes of later reports linked to this one as duplicates. */
  public List<String> duplicatesOf(long reportId) {
    return reports.findDuplicateCodes(reportId);
  }

  public List<TimelineEvent> timeline(long reportId) {
    return reports.findEvents(reportId);
  }

  public List<ReportMessage> messages(long reportId) {
    return reports.findMessages(reportId);
  }

  public List<EvidenceRecord> evidence(long reportId) {
    return reports.findEvidence(reportId);
  }
}
