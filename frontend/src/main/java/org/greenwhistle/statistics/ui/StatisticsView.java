package org.greenwhistle.statistics.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.statistics.domain.Cell;
import org.greenwhistle.statistics.domain.StatRow;
import org.greenwhistle.statistics.domain.Statistics;
import org.greenwhistle.statistics.service.StatisticsProperties;
import org.greenwhistle.statistics.service.StatisticsService;

/**
 * The public statistics dashboard (anyone): period and province filters, five ECharts charts, the numbers as tables
 * and a CSV of the same aggregates. Suppressed cells read "&lt;5" (small) or "*" (hidden to protect a small one) in
 * the tables and are left out of the charts.
 */
@Route(value = "statistics", layout = PortalLayout.class)
@AnonymousAllowed
public class StatisticsView extends VerticalLayout implements HasDynamicTitle {
  private static final int MONTHS_OFFERED = 12 * StatisticsService.MAX_YEARS;

  private final transient StatisticsService statistics;
  private final transient ObjectMapper json;
  private final Select<YearMonth> from = new Select<>();
  private final Select<YearMonth> to = new Select<>();
  private final Select<Region> province = new Select<>();
  private final EChart byMonth = new EChart("chart-by-month");
  private final EChart byCategory = new EChart("chart-by-category");
  private final EChart byRegion = new EChart("chart-by-province");
  private final EChart deadline = new EChart("chart-deadline");
  private final EChart rewards = new EChart("chart-rewards");
  private final H3 regionHeading = new H3();
  private final Paragraph empty = new Paragraph();
  private final Grid<StatRow> monthTable = table("statistics-table", "statistics.column.month", true);
  private final Grid<StatRow> categoryTable = table("statistics-table-category", "statistics.column.category", false);
  private final Grid<StatRow> regionTable = table("statistics-table-region", "statistics.column.region", true);
  private transient volatile StatisticsService.Query shown;
  private final int minCell;

  public StatisticsView(StatisticsService statistics, StatisticsProperties properties, RegionService regions,
                        ObjectMapper json) {
    this.statistics = statistics;
    this.json = json;
    this.minCell = properties.minCell();
    H2 heading = new H2(getTranslation("statistics.heading"));
    heading.setId("statistics-heading");
    Paragraph intro = new Paragraph(getTranslation("statistics.intro", properties.minCell() - 1, properties.minCell()));
    Paragraph definitions = new Paragraph(getTranslation("statistics.definitions", properties.handlingDays(),
        properties.extendedHandlingDays()));
    definitions.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

    YearMonth now = YearMonth.from(LocalDate.now(StatisticsService.CHINA));
    List<YearMonth> months = new ArrayList<>();
    for (int i = MONTHS_OFFERED - 1; i >= 0; i--) {
      months.add(now.minusMonths(i));
    }
    from.setLabel(getTranslation("statistics.from"));
    from.setItems(months);
    from.setValue(now.minusMonths(11));
    from.setId("statistics-from");
    to.setLabel(getTranslation("statistics.to"));
    to.setItems(months);
    to.setValue(now);
    to.setId("statistics-to");
    province.setLabel(getTranslation("statistics.province"));
    province.setEmptySelectionAllowed(true);
    province.setEmptySelectionCaption(getTranslation("statistics.allProvinces"));
    province.setItems(regions.provinces());
    province.setItemLabelGenerator(r -> r == null ? getTranslation("statistics.allProvinces") : r.name());
    province.setId("statistics-province");
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    province.addValueChangeListener(e -> refresh());

    Locale locale = getLocale();
    // the numbers on the screen (the last valid filters), in the page's language
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
      Statistics s = statistics.statistics(shown, locale);
      byte[] bytes = statistics.csv(s);
      return new DownloadResponse(new ByteArrayInputStream(bytes), statistics.csvFileName(s), "text/csv;charset=UTF-8",
          bytes.length);
    }), getTranslation("statistics.csv"));
    csv.setId("statistics-csv");
    csv.getElement().setAttribute("download", true);
    csv.addComponentAsFirst(VaadinIcon.DOWNLOAD_ALT.create());

    HorizontalLayout filters = new HorizontalLayout(from, to, province, csv);
    filters.setWrap(true);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    TabSheet tables = new TabSheet();
    tables.add(getTranslation("statistics.table.month"), monthTable);
    tables.add(getTranslation("statistics.table.category"), categoryTable);
    tables.add(getTranslation("statistics.table.region"), regionTable);
    tables.setWidthFull();
    empty.setText(getTranslation("statistics.empty"));
    empty.setId("statistics-empty");

    add(heading, intro, filters, empty,
        new H3(getTranslation("statistics.chart.byMonth")), byMonth,
        new H3(getTranslation("statistics.chart.byCategory")), byCategory,
        regionHeading, byRegion,
        new H3(getTranslation("statistics.chart.deadline")), deadline,
        new H3(getTranslation("statistics.chart.rewards")), rewards,
        tables, definitions);
    setMaxWidth("1100px");
    getStyle().set("margin", "0 auto");
    refresh();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("statistics.title");
  }

  private void refresh() {
    if (from.getValue() == null || to.getValue() == null) {
      return;
    }
    Statistics s;
    try {
      StatisticsService.Query query = statistics.query(from.getValue().toString(), to.getValue().toString(),
          province.getValue() == null ? null : province.getValue().code());
      s = statistics.statistics(query, getLocale());
      shown = query;
    } catch (InvalidInputException e) {
      String text = e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args().toArray()))
          .collect(Collectors.joining(" "));
      Notification n = new Notification(text, 6000, Notification.Position.MIDDLE);
      n.addThemeVariants(NotificationVariant.LUMO_ERROR);
      n.setId("statistics-error");
      n.open();
      return;
    }
    empty.setVisible(s.total().received().value() != null && s.total().received().value() == 0);
    regionHeading.setText(getTranslation(s.regionLevel() == Statistics.RegionLevel.PROVINCE
        ? "statistics.chart.byProvince" : "statistics.chart.byCity"));
    byMonth.setOption(bars(s.months(), false, List.of(StatRow::received, StatRow::accepted, StatRow::confirmed),
        List.of("statistics.received", "statistics.accepted", "statistics.confirmed")));
    byCategory.setOption(bars(s.categories(), true, List.of(StatRow::received, StatRow::accepted, StatRow::confirmed),
        List.of("statistics.received", "statistics.accepted", "statistics.confirmed")));
    byRegion.setOption(bars(s.regions(), true, List.of(StatRow::received, StatRow::accepted, StatRow::confirmed),
        List.of("statistics.received", "statistics.accepted", "statistics.confirmed")));
    deadline.setOption(deadlineOption(s));
    rewards.setOption(rewardsOption(s));
    monthTable.setItems(withTotal(s.months(), s.total()));
    categoryTable.setItems(s.categories());
    regionTable.setItems(withTotal(s.regions(), s.total()));
  }

  // ---------------------------------------------------------------- chart options (ECharts JSON)

  private String bars(List<StatRow> rows, boolean horizontal, List<Function<StatRow, Cell>> measures,
                      List<String> names) {
    ObjectNode option = base();
    ArrayNode labels = json.createArrayNode();
    rows.forEach(r -> labels.add(r.label()));
    ObjectNode categoryAxis = json.createObjectNode().put("type", "category");
    categoryAxis.set("data", labels);
    ObjectNode valueAxis = json.createObjectNode().put("type", "value").put("minInterval", 1);
    if (horizontal) {
      categoryAxis.put("inverse", true);
      option.set("yAxis", categoryAxis);
      option.set("xAxis", valueAxis);
      ((ObjectNode) option.get("grid")).put("top", 32);
    } else {
      option.set("xAxis", categoryAxis);
      option.set("yAxis", valueAxis);
    }
    ArrayNode series = option.putArray("series");
    for (int i = 0; i < measures.size(); i++) {
      ObjectNode one = series.addObject().put("type", "bar").put("name", getTranslation(names.get(i)));
      ArrayNode data = one.putArray("data");
      Function<StatRow, Cell> measure = measures.get(i);
      rows.forEach(r -> data.add(point(measure.apply(r))));
    }
    return option.toString();
  }

  private String deadlineOption(Statistics s) {
    ObjectNode option = base();
    option.set("xAxis", monthAxis(s));
    option.set("yAxis", json.createObjectNode().put("type", "value").put("min", 0).put("max", 100)
        .set("axisLabel", json.createObjectNode().put("formatter", "{value}%")));
    ObjectNode bar = option.putArray("series").addObject().put("type", "bar")
        .put("name", getTranslation("statistics.onTimeShare"));
    ArrayNode data = bar.putArray("data");
    s.months().forEach(m -> data.add(m.onTimeShare() == null ? json.getNodeFactory().textNode("-")
        : json.getNodeFactory().numberNode(percent(m.onTimeShare()))));
    if (s.total().onTimeShare() != null) {
      ObjectNode line = bar.putObject("markLine").put("symbol", "none");
      line.putObject("label").put("position", "insideStartTop")
          .put("formatter", getTranslation("statistics.total") + " " + percent(s.total().onTimeShare()) + "%");
      line.putArray("data").addObject().put("yAxis", percent(s.total().onTimeShare()));
    }
    return option.toString();
  }

  private String rewardsOption(Statistics s) {
    ObjectNode option = base();
    option.set("xAxis", monthAxis(s));
    ArrayNode axes = option.putArray("yAxis");
    axes.addObject().put("type", "value").put("minInterval", 1).put("name", getTranslation("statistics.rewardsPaid"));
    axes.addObject().put("type", "value").put("name", getTranslation("statistics.rewardAmount"))
        .putObject("splitLine").put("show", false);
    ArrayNode series = option.putArray("series");
    ArrayNode counts = series.addObject().put("type", "bar").put("name", getTranslation("statistics.rewardsPaid"))
        .putArray("data");
    ArrayNode amounts = series.addObject().put("type", "line").put("yAxisIndex", 1)
        .put("name", getTranslation("statistics.rewardAmount")).putArray("data");
    for (StatRow m : s.months()) {
      counts.add(point(m.rewardsPaid()));
      amounts.add(m.rewardAmount() == null ? json.getNodeFactory().textNode("-")
          : json.getNodeFactory().numberNode(m.rewardAmount()));
    }
    ((ObjectNode) option.get("grid")).put("top", 64);
    return option.toString();
  }

  private ObjectNode base() {
    ObjectNode option = json.createObjectNode();
    option.put("animationDuration", 500);
    option.putObject("tooltip").put("trigger", "axis");
    option.putObject("legend").put("top", 0).put("type", "scroll");
    option.putObject("grid").put("left", 8).put("right", 16).put("bottom", 8).put("top", 40)
        .put("containLabel", true);
    return option;
  }

  private ObjectNode monthAxis(Statistics s) {
    ObjectNode axis = json.createObjectNode().put("type", "category");
    ArrayNode data = axis.putArray("data");
    s.months().forEach(m -> data.add(m.label()));
    return axis;
  }

  /** A count, or "-" (ECharts: no value) for a suppressed one, so it is left out of the chart. */
  private JsonNode point(Cell cell) {
    return cell == null || cell.suppressed() ? json.getNodeFactory().textNode("-")
        : json.getNodeFactory().numberNode(cell.value());
  }

  private static double percent(double share) {
    return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).doubleValue();
  }

  // ---------------------------------------------------------------- tables

  private Grid<StatRow> table(String id, String keyColumn, boolean handling) {
    Grid<StatRow> grid = new Grid<>();
    grid.setId(id);
    grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    grid.addColumn(StatRow::label).setHeader(getTranslation(keyColumn)).setAutoWidth(true).setFrozen(true);
    count(grid, "statistics.received", StatRow::received);
    count(grid, "statistics.accepted", StatRow::accepted);
    count(grid, "statistics.confirmed", StatRow::confirmed);
    if (handling) {
      count(grid, "statistics.closed", StatRow::closed);
      count(grid, "statistics.closedOnTime", StatRow::closedOnTime);
      grid.addColumn(r -> r.onTimeShare() != null ? percent(r.onTimeShare()) + "%"
              : r.closed().suppressed() || r.closedOnTime().suppressed() ? "*" : "—")
          .setHeader(getTranslation("statistics.onTimeShare")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
      count(grid, "statistics.rewardsPaid", StatRow::rewardsPaid);
      grid.addColumn(r -> r.rewardAmount() != null ? money(r.rewardAmount()) : "*")
          .setHeader(getTranslation("statistics.rewardAmount")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
    grid.setAllRowsVisible(true);
    grid.setWidthFull();
    return grid;
  }

  private void count(Grid<StatRow> grid, String header, Function<StatRow, Cell> cell) {
    grid.addColumn(r -> cell.apply(r) == null ? "" : cell.apply(r).display(minCell))
        .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
  }

  private static List<StatRow> withTotal(List<StatRow> rows, StatRow total) {
    List<StatRow> all = new ArrayList<>(rows);
    all.add(total);
    return all;
  }

  private String money(BigDecimal amount) {
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return format.format(amount);
  }
}
