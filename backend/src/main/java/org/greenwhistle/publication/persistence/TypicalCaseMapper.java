package org.greenwhistle.publication.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.domain.TypicalCaseBatch;
import org.greenwhistle.publication.domain.TypicalCaseQuery;
import org.greenwhistle.publication.domain.TypicalCaseStatus;
import org.greenwhistle.publication.domain.TypicalCaseSummary;

@Mapper
public interface TypicalCaseMapper {
  int insertBatch(@Param("batchNo") int batchNo, @Param("title") String title, @Param("createdBy") String createdBy,
                  @Param("now") Instant now);

  TypicalCaseBatch findBatchByNo(@Param("batchNo") int batchNo);

  List<TypicalCaseBatch> batches();

  /** Inserts the row; its {@code id} is set afterwards. */
  int insert(TypicalCaseRow row);

  TypicalCase find(@Param("id") long id);

  long countAll();

  List<TypicalCaseSummary> page(@Param("q") TypicalCaseQuery query);

  long count(@Param("q") TypicalCaseQuery query);

  /** Published cases with their text, newest first (the feed). */
  List<TypicalCase> latestPublished(@Param("limit") int limit);

  /** Only while DRAFT. */
  int updateContent(@Param("id") long id, @Param("c") TypicalCaseRow content, @Param("editor") String editor,
                    @Param("now") Instant now);

  /** A state change that succeeds only from {@code from}: concurrent reviewers cannot both win. */
  int transition(@Param("id") long id, @Param("from") TypicalCaseStatus from, @Param("to") TypicalCaseStatus to,
                 @Param("reviewer") String reviewer, @Param("reason") String reason,
                 @Param("publishedAt") Instant publishedAt, @Param("now") Instant now);

  int linkReport(@Param("typicalCaseId") long typicalCaseId, @Param("reportId") long reportId);

  List<Long> linkedReports(@Param("typicalCaseId") long typicalCaseId);

  List<String> linkedTrackingCodes(@Param("typicalCaseId") long typicalCaseId);

  List<String> publishedProvinces();

  List<String> publishedCategories();

  List<Integer> publishedYears();

  List<TypicalCaseBatch> publishedBatches();
}
