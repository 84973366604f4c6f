package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.region.service.RegionService;

/** The columns the supervision grids share: case, task, holder, place, target, due date and days left. */
final class TaskColumns {
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(InboxView.CHINA);

  private TaskColumns() {
  }

  static void add(Grid<CaseTask> grid, RegionService regions, Clock clock) {
    grid.addColumn(t -> InboxView.display(t.trackingCode())).setHeader(grid.getTranslation("inbox.code"))
        .setAutoWidth(true);
    grid.addColumn(t -> grid.getTranslation("task." + t.taskKey())).setHeader(grid.getTranslation("inbox.task"))
        .setAutoWidth(true);
    grid.addColumn(t -> holder(grid, t)).setHeader(grid.getTranslation("team.officer")).setAutoWidth(true);
    grid.addColumn(t -> regions.fullName(t.regionCode())).setHeader(grid.getTranslation("inbox.region"));
    grid.addColumn(CaseTask::targetName).setHeader(grid.getTranslation("inbox.target"));
    grid.addColumn(t -> t.dueAt() == null ? "" : DAY.format(t.dueAt())).setHeader(grid.getTranslation("inbox.due"))
        .setAutoWidth(true);
    grid.addColumn(t -> daysLeft(grid, t, clock)).setHeader(grid.getTranslation("inbox.daysLeft")).setAutoWidth(true);
  }

  static String holder(Grid<CaseTask> grid, CaseTask t) {
    String who = t.assignee() == null ? grid.getTranslation("team.unclaimed") : t.assignee();
    return t.unassignedRegion() ? who + " · " + grid.getTranslation("team.nobodyHoldsRole",
        grid.getTranslation("role." + t.role())) : who;
  }

  static String daysLeft(Grid<CaseTask> grid, CaseTask t, Clock clock) {
    Instant due = t.dueAt();
    if (due == null) {
      return "";
    }
    long days = Duration.between(clock.instant(), due).toDays();
    boolean late = t.overdue() || due.isBefore(clock.instant());
    return late ? grid.getTranslation("inbox.overdueBy", Math.max(1, -days)) : Long.toString(days);
  }
}
