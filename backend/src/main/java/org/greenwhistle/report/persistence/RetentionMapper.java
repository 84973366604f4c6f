package org.greenwhistle.report.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RetentionMapper {
  /** Finished cases last changed before the cutoff, not yet erased, with no reward still in progress. */
  List<Long> due(@Param("cutoff") Instant cutoff, @Param("limit") int limit);

  List<String> evidenceFiles(@Param("reportId") long reportId);

  int eraseReport(@Param("reportId") long reportId, @Param("now") Instant now);

  int eraseMessages(@Param("reportId") long reportId);

  int deleteEvidence(@Param("reportId") long reportId);

  boolean evidenceExists(@Param("storageId") String storageId);

  int deleteSentMail(@Param("cutoff") Instant cutoff);
}
