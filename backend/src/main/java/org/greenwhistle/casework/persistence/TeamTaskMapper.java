package org.greenwhistle.casework.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TeamQuery;
import org.greenwhistle.casework.domain.TeamWorkload;

/** Supervision reads of the inbox projection {@code case_task}: a region's team, ADMIN's national queue. */
@Mapper
public interface TeamTaskMapper {
  List<CaseTask> page(@Param("q") TeamQuery query);

  long count(@Param("q") TeamQuery query);

  List<TeamWorkload.Load> perAssignee(@Param("q") TeamQuery query);

  List<TeamWorkload.Load> perRegion(@Param("q") TeamQuery query);

  /** Open tasks of each of these users (for the choice of a colleague). */
  List<TeamWorkload.Load> openTasksOf(@Param("usernames") List<String> usernames, @Param("now") Instant now);

  /** Whether no enabled LEADER covers the task's region (it is in ADMIN's national queue). */
  boolean inNationalQueue(@Param("taskId") String taskId);
}
