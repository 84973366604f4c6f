package org.greenwhistle.statistics.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.statistics.domain.Cell;
import org.greenwhistle.statistics.domain.StatRow;
import org.greenwhistle.statistics.domain.Statistics;
import org.greenwhistle.statistics.domain.Suppression;
import org.greenwhistle.statistics.persistence.StatisticsMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public statistics (anyone may read them): reports received, accepted and confirmed, the share handled within
 * the deadline and the rewards paid, by month, category and region, as aggregates only, with small cells suppressed.
 * The REST API, the CSV and the dashboard all come from {@link #statistics}.
 */
@Service
@Transactional(readOnly = true)
public class StatisticsService {
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  /** The longest period one request may cover. */
  public static final int MAX_YEARS = 5;
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private final StatisticsMapper mapper;
  private final RegionService regions;
  private final MessageSource messages;
  private final StatisticsProperties properties;
  private final Suppression suppression;
  private final Clock clock;

  StatisticsService(StatisticsMapper mapper, RegionService regions, MessageSource messages,
                    StatisticsProperties properties, Clock clock) {
    this.mapper = mapper;
    this.regions = regions;
    this.messages = messages;
    this.properties = properties;
    this.suppression = new Suppression(properties.minCell());
    this.clock = clock;
  }

  /** A validated request: China dates, both inclusive, and a province code or null. */
  public record Query(LocalDate from, LocalDate to, String province) {
  }

  /**
   * Checks the request: {@code from}/{@code to} as {@code yyyy-MM} (the whole month) or {@code yyyy-MM-dd}, by
   * default the last twelve months up to today; {@code to} not before {@code from}, at most five years;
   * {@code province} empty or a province code.
   */
  public Query query(String from, String to, String province) {
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate start = parse("from", from, false, problems);
    LocalDate end = parse("to", to, true, problems);
    LocalDate today = LocalDate.now(clock.withZone(CHINA));
    if (problems.isEmpty()) {
      if (end == null) {
        end = start == null || !start.isAfter(today) ? today : YearMonth.from(start).atEndOfMonth();
      }
      if (start == null) {
        start = YearMonth.from(end).minusMonths(11).atDay(1);
      }
      if (end.isBefore(start)) {
        problems.add(new FieldProblem("to", "statistics.error.order"));
      } else if (!end.isBefore(start.plusYears(MAX_YEARS))) {
        problems.add(new FieldProblem("to", "statistics.error.range", MAX_YEARS));
      }
    }
    String code = province == null || province.isBlank() ? null : province.strip();
    if (code != null && regions.find(code).filter(r -> r.level() == 1).isEmpty()) {
      problems.add(new FieldProblem("province", "statistics.error.province"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    return new Query(start, end, code);
  }

  public Statistics statistics(String from, String to, String province, Locale locale) {
    return statistics(query(from, to, province), locale);
  }

  public Statistics statistics(Query q, Locale locale) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = YearMonth.from(q.from()); !m.isAfter(YearMonth.from(q.to())); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<Instant> bounds = months.stream().skip(1).map(m -> m.atDay(1).atStartOfDay(CHINA).toInstant()).toList();
    Instant from = q.from().atStartOfDay(CHINA).toInstant();
    Instant until = q.to().plusDays(1).atStartOfDay(CHINA).toInstant();

    List<Tally> byMonth = new ArrayList<>();
    months.forEach(m -> byMonth.add(new Tally()));
    Map<String, Tally> byRegion = new TreeMap<>();
    for (StatisticsMapper.FunnelCount c : mapper.funnel(from, until, bounds, q.province())) {
      for (Tally t : List.of(byMonth.get(c.bucket()), tally(byRegion, region(c.region(), q)))) {
        t.received += c.received();
        t.accepted += c.accepted();
        t.confirmed += c.confirmed();
      }
    }
    long handling = Duration.ofDays(properties.handlingDays()).toSeconds();
    long extended = Duration.ofDays(properties.extendedHandlingDays()).toSeconds();
    for (StatisticsMapper.ClosureCount c : mapper.closures(from, until, bounds, q.province(), handling, extended)) {
      for (Tally t : List.of(byMonth.get(c.bucket()), tally(byRegion, region(c.region(), q)))) {
        t.closed += c.closed();
        t.onTime += c.onTime();
      }
    }
    for (StatisticsMapper.RewardCount c : mapper.rewards(q.from(), q.to(), q.province())) {
      int index = months.indexOf(YearMonth.of(c.paidYear(), c.paidMonth()));
      for (Tally t : List.of(byMonth.get(index), tally(byRegion, region(c.region(), q)))) {
        t.paid += c.paid();
        t.amount = t.amount.add(c.amount() == null ? BigDecimal.ZERO : c.amount());
      }
    }
    Map<String, Tally> byCategory = new LinkedHashMap<>();
    for (Category c : Category.values()) {
      tally(byCategory, c.name());
    }
    for (StatisticsMapper.CategoryCount c : mapper.categories(from, until, q.province())) {
      Tally t = tally(byCategory, c.category());
      t.received += c.received();
      t.accepted += c.accepted();
      t.confirmed += c.confirmed();
    }
    Tally total = new Tally();
    byMonth.forEach(total::add);

    List<String> monthKeys = months.stream().map(YearMonth::toString).toList();
    List<String> categoryKeys = List.copyOf(byCategory.keySet());
    List<String> regionKeys = List.copyOf(byRegion.keySet());
    return new Statistics(q.from(), q.to(), q.province(),
        q.province() == null ? Statistics.RegionLevel.PROVINCE : Statistics.RegionLevel.CITY, suppression.minCell(),
        totalRow(total, messages.getMessage("statistics.total", null, "total", locale)),
        rows(monthKeys, monthKeys, byMonth, true),
        rows(categoryKeys, categoryKeys.stream()
            .map(k -> messages.getMessage("category." + k, null, k, locale)).toList(),
            List.copyOf(byCategory.values()), false),
        rows(regionKeys, regionKeys.stream().map(this::regionName).toList(), List.copyOf(byRegion.values()), true));
  }

  /**
   * The same aggregates as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese labels): "&lt;5" for a small
   * count, "*" for a value hidden to protect one, empty where a column does not apply.
   */
  public byte[] csv(Statistics s) {
    StringBuilder csv = new StringBuilder("\uFEFF");
    csv.append("dimension,key,label,received,accepted,confirmed,closed,closed_on_time,on_time_share,rewards_paid,"
        + "reward_amount_cny\r\n");
    csvRow(csv, "total", s.total(), s.minCell());
    s.months().forEach(r -> csvRow(csv, "month", r, s.minCell()));
    s.categories().forEach(r -> csvRow(csv, "category", r, s.minCell()));
    s.regions().forEach(r -> csvRow(csv, s.regionLevel() == Statistics.RegionLevel.PROVINCE ? "province" : "city", r,
        s.minCell()));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  public String csvFileName(Statistics s) {
    return "greenwhistle-statistics-" + s.from() + "_" + s.to() + (s.province() == null ? "" : "-" + s.province())
        + ".csv";
  }

  // ---------------------------------------------------------------- rows and suppression

  private List<StatRow> rows(List<String> keys, List<String> labels, List<Tally> counts, boolean handling) {
    int n = counts.size();
    long[] received = new long[n];
    long[] accepted = new long[n];
    long[] confirmed = new long[n];
    long[] closed = new long[n];
    long[] onTime = new long[n];
    boolean[] lateSmall = new boolean[n];
    long[] paid = new long[n];
    for (int i = 0; i < n; i++) {
      Tally c = counts.get(i);
      received[i] = c.received;
      accepted[i] = c.accepted;
      confirmed[i] = c.confirmed;
      closed[i] = c.closed;
      onTime[i] = c.onTime;
      lateSmall[i] = suppression.small(c.closed - c.onTime);
      paid[i] = c.paid;
    }
    // a sub-count is hidden with its parent (accepted ≤ received, confirmed ≤ accepted, on time ≤ closed)
    List<Cell> rec = suppression.series(received);
    List<Cell> acc = suppression.series(accepted, Suppression.hidden(rec));
    List<Cell> con = suppression.series(confirmed, Suppression.hidden(acc));
    List<Cell> clo = suppression.series(closed);
    boolean[] onTimeSensitive = Suppression.hidden(clo);
    for (int i = 0; i < n; i++) {
      onTimeSensitive[i] |= lateSmall[i];
    }
    List<Cell> ont = suppression.series(onTime, onTimeSensitive);
    List<Cell> pay = suppression.series(paid);
    List<StatRow> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Tally c = counts.get(i);
      rows.add(handling
          ? new StatRow(keys.get(i), labels.get(i), rec.get(i), acc.get(i), con.get(i), clo.get(i), ont.get(i),
              share(clo.get(i), ont.get(i)), pay.get(i), pay.get(i).suppressed() ? null : amount(c.amount))
          : new StatRow(keys.get(i), labels.get(i), rec.get(i), acc.get(i), con.get(i), null, null, null, null,
              null));
    }
    return rows;
  }

  private StatRow totalRow(Tally t, String label) {
    Cell received = suppression.cell(t.received);
    Cell accepted = suppression.cell(t.accepted, received.suppressed());
    Cell confirmed = suppression.cell(t.confirmed, accepted.suppressed());
    Cell closed = suppression.cell(t.closed);
    Cell onTime = suppression.cell(t.onTime, closed.suppressed() || suppression.small(t.closed - t.onTime));
    Cell paid = suppression.cell(t.paid);
    return new StatRow("total", label, received, accepted, confirmed, closed, onTime, share(closed, onTime), paid,
        paid.suppressed() ? null : amount(t.amount));
  }

  private static Double share(Cell closed, Cell onTime) {
    if (closed.suppressed() || onTime.suppressed() || closed.value() == 0) {
      return null;
    }
    return BigDecimal.valueOf(onTime.value()).divide(BigDecimal.valueOf(closed.value()), 4, RoundingMode.HALF_UP)
        .doubleValue();
  }

  private static BigDecimal amount(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** Regions are grouped by a segment of the path; a report filed at province level counts for the province. */
  private static String region(String key, Query q) {
    return key == null || key.isBlank() ? (q.province() == null ? "000000" : q.province()) : key;
  }

  private String regionName(String code) {
    return regions.find(code).map(Region::name).orElse(code);
  }

  private static void csvRow(StringBuilder csv, String dimension, StatRow r, int minCell) {
    csv.append(dimension).append(',').append(text(r.key())).append(',').append(text(r.label())).append(',')
        .append(count(r.received(), minCell)).append(',').append(count(r.accepted(), minCell)).append(',')
        .append(count(r.confirmed(), minCell)).append(',').append(count(r.closed(), minCell)).append(',')
        .append(count(r.closedOnTime(), minCell)).append(',')
        .append(r.onTimeShare() != null ? BigDecimal.valueOf(r.onTimeShare()).toPlainString()
            : hidden(r.closed()) || hidden(r.closedOnTime()) ? "*" : "").append(',')
        .append(count(r.rewardsPaid(), minCell)).append(',')
        .append(r.rewardAmount() != null ? r.rewardAmount().toPlainString() : hidden(r.rewardsPaid()) ? "*" : "")
        .append("\r\n");
  }

  private static boolean hidden(Cell cell) {
    return cell != null && cell.suppressed();
  }

  private static String count(Cell cell, int minCell) {
    return cell == null ? "" : cell.display(minCell);
  }

  /** Quotes cells with separators and defuses spreadsheet formulas. */
  private static String text(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return v.matches(".*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private static LocalDate parse(String field, String text, boolean end, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (MONTH.matcher(t).matches()) {
        YearMonth month = YearMonth.parse(t);
        return end ? month.atEndOfMonth() : month.atDay(1);
      }
      if (DATE.matcher(t).matches()) {
        return LocalDate.parse(t);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add(new FieldProblem(field, "statistics.error.date"));
    return null;
  }

  private static Tally tally(Map<String, Tally> byKey, String key) {
    return byKey.computeIfAbsent(key, k -> new Tally());
  }

  /** Raw counts of one month, category or region, before suppression. */
  private static final class Tally {
    long received;
    long accepted;
    long confirmed;
    long closed;
    long onTime;
    long paid;
    BigDecimal amount = BigDecimal.ZERO;

    void add(Tally o) {
      received += o.received;
      accepted += o.accepted;
      confirmed += o.confirmed;
      closed += o.closed;
      onTime += o.onTime;
      paid += o.paid;
      amount = amount.add(o.amount);
    }
  }
}
