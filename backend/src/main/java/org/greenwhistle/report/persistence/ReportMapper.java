package org.greenwhistle.report.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.domain.HistoricalReport;
import org.greenwhistle.report.domain.ReportMessage;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.TimelineEvent;

@Mapper
public interface ReportMapper {
  void insert(ReportRecord report);

  void insertCategory(@Param("reportId") long reportId, @Param("category") String category,
                      @Param("regionCode") String regionCode, @Param("submittedAt") Instant submittedAt);

  ReportRecord findByTrackingCode(@Param("trackingCode") String trackingCode);

  ReportRecord findById(@Param("id") long id);

  /** Sets or (null) removes an anonymous reporter's contact address (ciphertext). */
  int updateContactEmail(@Param("id") long id, @Param("contactEmailEnc") String contactEmailEnc);

  int updateStatus(@Param("id") long id, @Param("status") ReportStatus status, @Param("at") Instant at);

  int updateCategoryOpen(@Param("id") long id, @Param("open") boolean open);

  /** Whether an open report of the same county and category exists since {@code since}. */
  boolean similarExists(@Param("regionCode") String regionCode, @Param("categories") List<String> categories,
                        @Param("since") Instant since);

  void insertEvidence(EvidenceRecord evidence);

  List<EvidenceRecord> findEvidence(@Param("reportId") long reportId);

  EvidenceRecord findEvidenceById(@Param("id") long id);

  void insertEvent(TimelineEvent event);

  List<TimelineEvent> findEvents(@Param("reportId") long reportId);

  void insertMessage(ReportMessage message);

  List<ReportMessage> findMessages(@Param("reportId") long reportId);

  long count();

  List<ReportRecord> findByAccount(@Param("accountId") long accountId, @Param("offset") int offset,
                                   @Param("limit") int limit);

  long countByAccount(@Param("accountId") long accountId);

  List<String> findDuplicateCodes(@Param("id") long id);

  int updateLink(@Param("id") long id, @Param("linkedTo") long linkedTo);

  /** Later duplicates of {@code from} follow it to the earlier case it was linked to. */
  int moveLinks(@Param("from") long from, @Param("to") long to);

  int clearLink(@Param("id") long id);

  /**
   * Reports of the region that may be about the same matter as report {@code id}: the same target name, or (with a
   * box) coordinates inside it, submitted in [from, to]; not the report itself nor its own duplicates, earliest first.
   */
  List<ReportRecord> findDuplicateCandidates(@Param("id") long id, @Param("regionPath") String regionPath,
      @Param("targetName") String targetName, @Param("from") Instant from, @Param("to") Instant to,
      @Param("box") boolean box, @Param("latMin") double latMin, @Param("latMax") double latMax,
      @Param("lonMin") double lonMin, @Param("lonMax") double lonMax, @Param("limit") int limit);

  int updateCategoryRegion(@Param("id") long id, @Param("regionCode") String regionCode);

  int updateRegion(@Param("id") long id, @Param("regionCode") String regionCode, @Param("regionPath") String regionPath);

  long countEvidence(@Param("reportId") long reportId);

  /** Serialises evidence additions to one report, so concurrent uploads cannot pass the file limits together. */
  Long lockForEvidence(@Param("id") long id);

  long sumEvidenceBytes(@Param("reportId") long reportId);

  // finished reports imported as history (demo data, tests): multi-row INSERTs, a few dozen statements a year

  long countWithPrefix(@Param("prefix") String prefix);

  void insertHistorical(@Param("rows") List<HistoricalReport> rows);

  List<HistoricalReport.Id> idsWithPrefix(@Param("prefix") String prefix);

  void insertHistoricalCategories(@Param("rows") List<HistoricalReport.Category> rows);

  void insertHistoricalEvents(@Param("rows") List<HistoricalReport.Event> rows);
}
