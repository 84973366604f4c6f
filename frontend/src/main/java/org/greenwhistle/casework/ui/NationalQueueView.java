package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.TeamSupervision;
import org.greenwhistle.region.service.RegionService;

/**
 * ADMIN: the national queue, open tasks of regions that no LEADER covers (a province without staff), overdue first.
 * ADMIN decides no case: each task is handed to a staff member who holds its role there (created under staff
 * administration when there is none).
 */
@Route(value = "admin/national-queue", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class NationalQueueView extends VerticalLayout implements HasDynamicTitle,
    com.vaadin.flow.router.BeforeEnterObserver {
  private final transient TeamSupervision supervision;
  private final transient RegionService regions;
  private final Grid<CaseTask> grid = new Grid<>();
  private final Span count = new Span();
  private final TextField search = new TextField();

  public NationalQueueView(TeamSupervision supervision, RegionService regions, Clock clock) {
    this.supervision = supervision;
    this.regions = regions;
    setSizeFull();
    H2 heading = new H2(getTranslation("national.heading"));
    heading.setId("national-home");
    Paragraph explain = new Paragraph(getTranslation("national.explain"));
    Anchor users = new Anchor("admin/users", getTranslation("national.createStaff"));
    search.setPlaceholder(getTranslation("inbox.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    search.setId("national-search");
    count.getElement().getThemeList().add("badge");
    count.setId("national-count");

    TaskColumns.add(grid, regions, clock);
    TaskColumns.addActions(grid, supervision, regions, "national.handOver", "national-hand-over", this::refresh);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setPageSize(50);
    // lazy paging: each request reads one page of the queue
    grid.setItems(query -> supervision.nationalQueue(search.getValue(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) supervision.countNationalQueue(search.getValue()));
    grid.setId("national-grid");
    add(heading, explain, new HorizontalLayout(search, count, users), grid);
    refresh();
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    count.setText(getTranslation("inbox.count", supervision.countNationalQueue(search.getValue())));
  }

  /** {@code ?q=} opens the queue already searched (e.g. for one tracking code). */
  @Override
  public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter("q").ifPresent(search::setValue);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("national.heading");
  }
}
