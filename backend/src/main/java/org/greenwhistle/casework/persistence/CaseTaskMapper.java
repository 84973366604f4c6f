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
