package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TeamWorkload;
import org.greenwhistle.casework.service.TeamSupervision;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;

/**
 * LEADER: every open task of the region (claimed or not), overdue first, with who holds it and the days left; the
 * workload per officer and per county; any task handed to a colleague who holds its role there, with a reason.
 */
@Route(value = "staff/team", layout = MainLayout.class)
@RolesAllowed("LEADER")
public class TeamView extends VerticalLayout implements HasDynamicTitle {
  private final transient TeamSupervision supervision;
  private final transient RegionService regions;
  private final transient Clock clock;
  private final ComboBox<TeamWorkload.Officer> officer = new ComboBox<>();
  private final ComboBox<TeamWorkload.County> county = new ComboBox<>();
  private final TextField search = new TextField();
  private final Checkbox overdueOnly = new Checkbox();
  private final Checkbox unclaimedOnly = new Checkbox();
  private final Span count = new Span();
  private final Grid<CaseTask> tasks = new Grid<>();
  private final Grid<TeamWorkload.Officer> officers = new Grid<>();
  private final Grid<TeamWorkload.County> counties = new Grid<>();

  public TeamView(AuthenticationContext authentication, TeamSupervision supervision, RegionService regions,
                  Clock clock) {
    this.supervision = supervision;
    this.regions = regions;
    this.clock = clock;
    setSizeFull();
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    H2 heading = new H2(getTranslation("team.heading"));
    heading.setId("team-home");
    Span region = new Span(getTranslation("staff.region", regions.fullName(user.getRegionCode()), user.getRegionCode()));

    search.setPlaceholder(getTranslation("inbox.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refreshTasks());
    search.setId("team-search");
    officer.setPlaceholder(getTranslation("team.allOfficers"));
    officer.setItemLabelGenerator(o -> o.displayName() + "（" + o.username() + "）");
    officer.setClearButtonVisible(true);
    officer.setId("team-officer");
    officer.addValueChangeListener(e -> refreshTasks());
    county.setPlaceholder(getTranslation("team.allCounties"));
    county.setItemLabelGenerator(c -> regions.fullName(c.regionCode()));
    county.setClearButtonVisible(true);
    county.setId("team-county");
    county.addValueChangeListener(e -> refreshTasks());
    overdueOnly.setLabel(getTranslation("inbox.overdueOnly"));
    overdueOnly.setId("team-overdue");
    overdueOnly.addValueChangeListener(e -> refreshTasks());
    unclaimedOnly.setLabel(getTranslation("team.unclaimedOnly"));
    unclaimedOnly.setId("team-unclaimed");
    unclaimedOnly.addValueChangeListener(e -> refreshTasks());
    count.getElement().getThemeList().add("badge");
    count.setId("team-count");
    HorizontalLayout filters = new HorizontalLayout(search, officer, county, overdueOnly, unclaimedOnly, count);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("flex-wrap", "wrap");

    TaskColumns.add(tasks, regions, clock);
    TaskColumns.addActions(tasks, supervision, regions, "team.reassign", "team-reassign", this::refreshAll);
    tasks.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    tasks.setPageSize(50);
    // lazy paging: each request reads one page of the region's open tasks
    tasks.setItems(query -> supervision.teamTasks(filter(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) supervision.countTeamTasks(filter()));
    tasks.setId("team-grid");
    tasks.setMinHeight("20em");

    officers.addColumn(o -> o.displayName() + "（" + o.username() + "）").setHeader(getTranslation("team.officer"))
        .setAutoWidth(true);
    officers.addColumn(o -> o.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining("、")))
        .setHeader(getTranslation("team.roles"));
    officers.addColumn(o -> o.regionCode() == null ? getTranslation("team.notInRegion") : regions.fullName(o.regionCode()))
        .setHeader(getTranslation("inbox.region"));
    loadColumns(officers, TeamWorkload.Officer::openTasks, TeamWorkload.Officer::overdue, TeamWorkload.Officer::dueSoon,
        TeamWorkload.Officer::nextDue);
    officers.addItemClickListener(e -> officer.setValue(e.getItem()));
    // a province has many officers: a scrolling box, so that the task list stays on the first screen
    officers.setHeight("16em");
    officers.setId("team-officers");

    counties.addColumn(c -> regions.fullName(c.regionCode())).setHeader(getTranslation("inbox.region")).setAutoWidth(true);
    counties.addColumn(TeamWorkload.County::unclaimed).setHeader(getTranslation("team.unclaimedCount"));
    loadColumns(counties, TeamWorkload.County::openTasks, TeamWorkload.County::overdue, TeamWorkload.County::dueSoon,
        TeamWorkload.County::nextDue);
    counties.addItemClickListener(e -> county.setValue(e.getItem()));
    counties.setHeight("16em");
    counties.setId("team-counties");

    HorizontalLayout overview = new HorizontalLayout(section("team.byOfficer", officers),
        section("team.byCounty", counties));
    overview.setWidthFull();
    overview.getStyle().set("flex-wrap", "wrap");
    add(heading, region, overview, new H3(getTranslation("team.tasks")), filters, tasks);
    loadWorkload();
  }

  private static VerticalLayout section(String key, Grid<?> grid) {
    VerticalLayout box = new VerticalLayout(new H3(grid.getTranslation(key)), grid);
    box.setPadding(false);
    box.getStyle().set("flex", "1 1 28em");
    return box;
  }

  private <T> void loadColumns(Grid<T> grid, java.util.function.ToLongFunction<T> open,
                               java.util.function.ToLongFunction<T> overdue, java.util.function.ToLongFunction<T> soon,
                               java.util.function.Function<T, java.time.Instant> next) {
    grid.addColumn(open::applyAsLong).setHeader(getTranslation("team.open"));
    grid.addColumn(overdue::applyAsLong).setHeader(getTranslation("team.overdue"));
    grid.addColumn(soon::applyAsLong).setHeader(getTranslation("team.dueSoon"));
    grid.addColumn(t -> next.apply(t) == null ? "" : TaskColumns.DAY.format(next.apply(t)))
        .setHeader(getTranslation("team.nextDue"));
    grid.addThemeVariants(GridVariant.LUMO_COMPACT);
  }

  private TeamSupervision.TeamFilter filter() {
    return new TeamSupervision.TeamFilter(county.getValue() == null ? null : county.getValue().regionCode(),
        officer.getValue() == null ? null : officer.getValue().username(), unclaimedOnly.getValue(),
        overdueOnly.getValue(), search.getValue());
  }

  private void loadWorkload() {
    TeamWorkload load = supervision.workload();
    officers.setItems(load.officers());
    counties.setItems(load.counties());
    TeamWorkload.Officer chosenOfficer = officer.getValue();
    TeamWorkload.County chosenCounty = county.getValue();
    officer.setItems(load.officers());
    county.setItems(load.counties());
    // keep the chosen filters across a reload (the rows are new objects with new counts)
    if (chosenOfficer != null) {
      load.officers().stream().filter(o -> o.username().equals(chosenOfficer.username())).findFirst()
          .ifPresent(officer::setValue);
    }
    if (chosenCounty != null) {
      load.counties().stream().filter(c -> c.regionCode().equals(chosenCounty.regionCode())).findFirst()
          .ifPresent(county::setValue);
    }
    count.setText(getTranslation("inbox.count", supervision.countTeamTasks(filter())));
  }

  private void refreshTasks() {
    tasks.getDataProvider().refreshAll();
    count.setText(getTranslation("inbox.count", supervision.countTeamTasks(filter())));
  }

  private void refreshAll() {
    loadWorkload();
    tasks.getDataProvider().refreshAll();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("team.heading");
  }
}
