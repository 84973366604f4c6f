package org.greenwhistle.casework.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.HistoricalDecision;
import org.greenwhistle.casework.domain.InboxQuery;

@Mapper
public interface CaseTaskMapper {
  void insert(CaseTask task);

  int updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

  int updateDue(@Param("taskId") String taskId, @Param("dueAt") Instant dueAt);

  int delete(@Param("taskId") String taskId);

  /** The reporter wrote: the report's open tasks sort first and show a mark (inbox_rank 0). */
  int markReporterWrote(@Param("reportId") long reportId);

  /** A handler opened the case: the mark goes from the tasks they hold or may claim with {@code roles}. */
  int clearReporterWrote(@Param("trackingCode") String trackingCode, @Param("username") String username,
                         @Param("roles") List<String> roles);

  List<CaseTask> findByReport(@Param("reportId") long reportId);

  int markOverdue(@Param("processInstanceId") String processInstanceId);

  CaseTask find(@Param("taskId") String taskId);

  List<CaseTask> findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  List<CaseTask> inbox(@Param("q") InboxQuery query);

  long countInbox(@Param("q") InboxQuery query);

  int recomputeUnassigned();

  void insertDecision(CaseDecision decision);

  List<CaseDecision> findDecisions(@Param("reportId") long reportId);

  void insertHistoricalDecisions(@Param("rows") List<HistoricalDecision> rows);
}
