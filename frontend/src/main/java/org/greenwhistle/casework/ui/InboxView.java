package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.RegionCascade;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportStatus;

/** Home of INTAKE, INVESTIGATOR and LEADER: my and my groups' tasks in my region, paged lazily. */
@Route(value = "staff", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "INVESTIGATOR", "LEADER", "ADMIN"})
public class InboxView extends VerticalLayout implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {
  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(CHINA);

  private final transient CaseworkService casework;
  private final transient AuthenticationContext authentication;
  private final Checkbox overdue = new Checkbox();
  private final Select<Category> category = new Select<>();
  private final TextField search = new TextField();
  private final DatePicker dueBefore = new DatePicker();
  private final Select<ReportStatus> status = new Select<>();
  private final RegionCascade region;
  private final Span count = new Span();
  private final Grid<CaseTask> grid = new Grid<>();

  public InboxView(AuthenticationContext authentication, RegionService regions, CaseworkService casework) {
    this.casework = casework;
    this.authentication = authentication;
    this.region = new RegionCascade(regions);
    setSizeFull();
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    H2 heading = new H2(getTranslation("staff.heading"));
    heading.setId("staff-home");
    Span regionLabel = new Span(getTranslation("staff.region", regions.fullName(user.getRegionCode()), user.getRegionCode()));
    regionLabel.setId("staff-region");
    Span roles = new Span(getTranslation("staff.roles", user.getRoles().stream()
        .map(r -> getTranslation("role." + r.name())).collect(Collectors.joining("、"))));
    roles.setId("staff-roles");

    overdue.setLabel(getTranslation("inbox.overdueOnly"));
    overdue.addValueChangeListener(e -> refresh());
    category.setPlaceholder(getTranslation("inbox.allCategories"));
    category.setItems(Category.values());
    category.setItemLabelGenerator(c -> c == null ? getTranslation("inbox.allCategories") : getTranslation("category." + c.name()));
    category.setEmptySelectionAllowed(true);
    category.addValueChangeListener(e -> refresh());
    search.setPlaceholder(getTranslation("inbox.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    search.setId("inbox-search");
    count.getElement().getThemeList().add("badge");
    count.setId("inbox-count");
    dueBefore.setPlaceholder(getTranslation("inbox.dueBefore"));
    dueBefore.setClearButtonVisible(true);
    dueBefore.addValueChangeListener(e -> refresh());
    status.setPlaceholder(getTranslation("inbox.allStatuses"));
    status.setItems(ReportStatus.values());
    status.setEmptySelectionAllowed(true);
    status.setItemLabelGenerator(st -> st == null ? getTranslation("inbox.allStatuses") : getTranslation("status." + st.name()));
    status.addValueChangeListener(e -> refresh());
    region.addValueChangeListener(e -> refresh());
    HorizontalLayout filters = new HorizontalLayout(search, category, status, dueBefore, overdue, count);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.getStyle().set("flex-wrap", "wrap");

    grid.addComponentColumn(this::codeCell).setHeader(getTranslation("inbox.code")).setAutoWidth(true);
    grid.addColumn(t -> getTranslation("task." + t.taskKey())).setHeader(getTranslation("inbox.task")).setAutoWidth(true);
    grid.addColumn(t -> Arrays.stream(t.categories().split(",")).map(c -> getTranslation("category." + c))
        .collect(Collectors.joining("、"))).setHeader(getTranslation("inbox.category"));
    grid.addColumn(t -> regions.fullName(t.regionCode())).setHeader(getTranslation("inbox.region"));
    grid.addColumn(CaseTask::targetName).setHeader(getTranslation("inbox.target"));
    grid.addColumn(t -> t.dueAt() == null ? "" : DAY.format(t.dueAt())).setHeader(getTranslation("inbox.due")).setAutoWidth(true);
    grid.addColumn(t -> daysLeft(t.dueAt())).setHeader(getTranslation("inbox.daysLeft")).setAutoWidth(true);
    grid.addColumn(t -> getTranslation("status." + t.status())
        + (t.unassignedRegion() ? " · " + getTranslation("inbox.unassignedRegion") : "")
        + (t.assignee() == null ? "" : " · " + getTranslation("inbox.claimedBy", t.assignee())))
        .setHeader(getTranslation("inbox.status"));
    grid.addComponentColumn(t -> {
      Button open = new Button(getTranslation("inbox.open"),
          e -> UI.getCurrent().navigate(CaseView.class, t.trackingCode()));
      open.addThemeVariants(ButtonVariant.LUMO_SMALL);
      open.addClassName("inbox-open");
      return open;
    }).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setPageSize(50);
    // lazy paging: each request reads one page of the inbox query, never the whole set
    grid.setItems(query -> casework.inbox(filter(), query.getOffset(), query.getLimit()).stream(),
        query -> (int) casework.countInbox(filter()));
    grid.addItemClickListener(e -> UI.getCurrent().navigate(CaseView.class, e.getItem().trackingCode()));
    grid.setId("inbox-grid");
    add(heading, regionLabel, roles, filters, this.region);
    if (authentication.hasRole("LEADER")) {
      add(bulkReassign());
    }
    add(grid);
    updateCount();
  }

  private CaseworkService.InboxFilter filter() {
    return new CaseworkService.InboxFilter(overdue.getValue(),
        dueBefore.getValue() == null ? null : dueBefore.getValue().atStartOfDay(CHINA).toInstant(),
        category.getValue() == null ? null : category.getValue().name(), region.getValue(), status.getValue(),
        search.getValue());
  }

  /** LEADER: select tasks in the grid and hand them to a colleague. */
  private HorizontalLayout bulkReassign() {
    grid.setSelectionMode(Grid.SelectionMode.MULTI);
    TextField to = new TextField();
    to.setPlaceholder(getTranslation("inbox.reassignTo"));
    to.setId("reassign-to");
    Button reassign = new Button(getTranslation("inbox.reassign"), e -> {
      try {
        int n = casework.reassign(grid.getSelectedItems().stream().map(CaseTask::taskId).toList(), to.getValue().strip());
        Notification.show(getTranslation("inbox.reassigned", n));
        grid.deselectAll();
        refresh();
      } catch (RuntimeException ex) {
        Notification n = Notification.show(getTranslation("inbox.reassignFailed"), 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
      }
    });
    reassign.setId("reassign");
    HorizontalLayout row = new HorizontalLayout(to, reassign);
    row.setAlignItems(FlexComponent.Alignment.BASELINE);
    return row;
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    updateCount();
  }

  private void updateCount() {
    count.setText(getTranslation("inbox.count", casework.countInbox(filter())));
  }

  private String daysLeft(Instant due) {
    if (due == null) {
      return "";
    }
    long days = Duration.between(Instant.now(), due).toDays();
    return days < 0 ? getTranslation("inbox.overdueBy", -days) : Long.toString(days);
  }

  /** The one on-screen form of a tracking code (GW-XXXXX-XXXXX); inputs accept it with or without the hyphens. */
  static String display(String code) {
    return org.greenwhistle.report.service.ReceiptCodes.display(code);
  }

  /** ADMIN works no case: its inbox is the national queue (tasks of regions without a LEADER). */
  @Override
  public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
    boolean caseRole = java.util.stream.Stream.of("INTAKE", "INVESTIGATOR", "LEADER").anyMatch(authentication::hasRole);
    if (!caseRole) {
      event.forwardTo(NationalQueueView.class);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("staff.heading");
  }

  /** The tracking code, with a mark when the reporter wrote since a handler last opened the case (issue 22). */
  private com.vaadin.flow.component.Component codeCell(CaseTask t) {
    Span code = new Span(display(t.trackingCode()));
    if (!t.reporterWrote()) {
      return code;
    }
    Span mark = new Span(getTranslation("inbox.reporterWrote"));
    mark.getElement().getThemeList().add("badge success");
    mark.addClassName("inbox-reporter-wrote");
    mark.getStyle().set("margin-left", "var(--lumo-space-xs)");
    return new Span(code, mark);
  }
}
