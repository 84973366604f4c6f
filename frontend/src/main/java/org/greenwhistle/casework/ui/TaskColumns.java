package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TeamSupervision;
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

  /**
   * The actions column: open the case page, and hand the task over ({@link ReassignDialog}); the hand-over button
   * carries {@code cssClass} and the tracking code in {@code data-code} for the browser tests.
   */
  static void addActions(Grid<CaseTask> grid, TeamSupervision supervision, RegionService regions, String labelKey,
                         String cssClass, Runnable afterHandOver) {
    grid.addComponentColumn(t -> {
      Button open = new Button(grid.getTranslation("inbox.open"),
          e -> UI.getCurrent().navigate(CaseView.class, t.trackingCode()));
      open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      Button hand = new Button(grid.getTranslation(labelKey),
          e -> new ReassignDialog(supervision, regions, t, afterHandOver).open());
      hand.addThemeVariants(ButtonVariant.LUMO_SMALL);
      hand.addClassName(cssClass);
      hand.getElement().setAttribute("data-code", t.trackingCode());
      return new HorizontalLayout(open, hand);
    }).setAutoWidth(true);
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
