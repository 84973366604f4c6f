package org.greenwhistle.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.greenwhistle.casework.domain.HistoricalDecision;
import org.greenwhistle.casework.service.HistoricalDecisions;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.HistoricalReport;
import org.greenwhistle.report.service.HistoricalReports;
import org.greenwhistle.reward.domain.HistoricalReward;
import org.greenwhistle.reward.service.HistoricalRewards;
import org.greenwhistle.statistics.service.StatisticsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of finished cases for the public statistics in the demo: {@value #REPORTS} anonymous reports in six provinces
 * and every category, each CLOSED, REJECTED or WITHDRAWN with the timeline and decisions of its path, and paid rewards
 * for part of the confirmed ones. They have no process instance (they are history), tracking codes starting with
 * {@value #PREFIX} (real ones start with GW) and the hash of a random access key nobody holds. Generated from a fixed
 * seed relative to "now", so the counts are the same on every start; imported once through the report, casework and
 * reward features' history imports, in a few dozen multi-row statements (about a second on H2 or MySQL).
 */
@Component
@Profile("demo")
class DemoHistory {
  static final String PREFIX = "HS";
  static final int REPORTS = 1200;
  private static final long SEED = 12369L;
  private static final String ACTOR = "history";
  private static final int CHUNK = 300;
  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

  record Province(String code, int weight, String abbreviation, String ruleSet, List<String> counties) {
  }

  record Topic(Category category, int weight, List<String> targets, String description, String violation) {
  }

  static final List<Province> PROVINCES = List.of(
      new Province("510000", 28, "川", "sichuan-2023 v1", List.of("510311", "510302", "510107", "510104", "510703")),
      new Province("500000", 20, "渝", "chongqing-2025 v1", List.of("500236", "500103", "500112", "500101")),
      new Province("330000", 16, "浙", "zhejiang-2021 v1", List.of("330106", "330212", "330502")),
      new Province("440000", 14, "粤", "national-default v1", List.of("440106", "441900", "440305")),
      new Province("360000", 12, "赣", "jiangxi-2021 v1", List.of("360102", "360111", "360403")),
      new Province("110000", 10, "京", "beijing-2021-draft v1", List.of("110105", "110108", "110112")));

  static final List<Topic> TOPICS = List.of(
      new Topic(Category.WATER, 24, List.of("某印染厂", "某养殖场", "某电镀作坊", "某食品厂"),
          "通过暗管向河沟排放废水，水体发黑发臭。", "ILLEGAL_DISCHARGE"),
      new Topic(Category.AIR, 24, List.of("某建材厂", "某沥青搅拌站", "某喷涂作坊", "某烧烤店"),
          "烟囱冒黑烟，周边有刺鼻气味，治理设施未运行。", "FACILITY_NOT_RUNNING"),
      new Topic(Category.NOISE, 14, List.of("某建筑工地", "某物流园", "某加工厂"),
          "夜间持续施工作业，噪声严重影响周边居民休息。", "NOISE"),
      new Topic(Category.SOLID_WASTE, 12, List.of("某运输车队", "某拆迁工地", "某废品收购站"),
          "在河滩和路边倾倒建筑垃圾和生活垃圾。", "OTHER"),
      new Topic(Category.HAZARDOUS_WASTE, 8, List.of("某化工企业", "某汽修厂", "某电子厂"),
          "危险废物露天堆放，无防渗防雨措施，雨后有液体流出。", "HAZARDOUS_WASTE"),
      new Topic(Category.ECOLOGY, 6, List.of("某采石场", "某砂石场", "某度假村项目"),
          "越界开采，弃渣倾倒入河，植被大面积破坏。", "ECOLOGICAL_DAMAGE"),
      new Topic(Category.SOIL, 5, List.of("某冶炼厂", "某金属回收点"),
          "冶炼废渣直接填埋，周边土壤变色。", "ILLEGAL_DISCHARGE"),
      new Topic(Category.OTHER, 4, List.of("某企业", "某个体工商户"),
          "环评未批先建，配套环保设施未建成即投产。", "NO_PERMIT"),
      new Topic(Category.RADIATION, 3, List.of("某探伤公司", "某检测机构"),
          "放射源贮存场所无警示标志，管理混乱。", "RADIATION_SOURCE"));

  private static final List<String> REJECT_REASONS = List.of("NOT_ENVIRONMENTAL", "OUTSIDE_JURISDICTION",
      "NO_CLEAR_TARGET", "ALREADY_KNOWN", "INSUFFICIENT_INFORMATION");

  private final HistoricalReports reportHistory;
  private final HistoricalDecisions decisionHistory;
  private final HistoricalRewards rewardHistory;
  private final RegionService regions;
  private final ObjectMapper json;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoHistory(HistoricalReports reportHistory, HistoricalDecisions decisionHistory, HistoricalRewards rewardHistory,
              RegionService regions, ObjectMapper json, PlatformTransactionManager transactions, Clock clock) {
    this.reportHistory = reportHistory;
    this.decisionHistory = decisionHistory;
    this.rewardHistory = rewardHistory;
    this.regions = regions;
    this.json = json;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Independent of the other demo data: its reports have their own prefix. */
  void load() {
    if (reportHistory.countWithPrefix(PREFIX) > 0) {
      return;
    }
    long started = System.nanoTime();
    History history = generate(clock.instant());
    transaction.executeWithoutResult(status -> store(history));
    log.info("Demo history: {} finished reports, {} paid rewards ({} ms)", history.reports.size(),
        history.rewards.size(), (System.nanoTime() - started) / 1_000_000);
  }

  /** One case's rows before the report has its id. */
  static final class Case {
    HistoricalReport report;
    final List<Category> categories = new ArrayList<>();
    final List<Step> events = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    Paid reward;
  }

  record Step(Instant at, String type, String note) {
  }

  record Decision(String taskKey, Instant at, String outcome, Map<String, Object> details) {
  }

  record Paid(String provinceCode, String regionPath, String ruleSet, BigDecimal amount, Instant reviewedAt,
                      Instant grantedAt, Instant claimedAt, Instant paidAt) {
  }

  static final class History {
    final List<Case> reports = new ArrayList<>();
    final List<Paid> rewards = new ArrayList<>();
  }

  /**
   * A history ending at {@code now}, from a fixed seed. Every random draw happens whatever the dates, so the reports,
   * their statuses and outcomes are the same on every start; only how far the most recent ones got (an extension,
   * a reward paid) depends on the date.
   */
  History generate(Instant now) {
    Random random = new Random(SEED);
    Instant windowStart = YearMonth.from(now.atZone(StatisticsService.CHINA)).minusMonths(11).atDay(1)
        .atStartOfDay(StatisticsService.CHINA).toInstant();
    Set<String> codes = new HashSet<>();
    Map<String, Integer> penaltyNumbers = new HashMap<>();
    Map<String, Region> counties = new HashMap<>();
    PROVINCES.forEach(p -> p.counties().forEach(code -> counties.put(code, regions.find(code).orElseThrow())));
    History history = new History();
    for (int i = 0; i < REPORTS; i++) {
      Province province = pick(random, PROVINCES, Province::weight);
      String county = province.counties().get(random.nextInt(province.counties().size()));
      String path = counties.get(county).path();
      Topic topic = pick(random, TOPICS, Topic::weight);
      Case c = new Case();
      c.categories.add(topic.category());
      if (random.nextDouble() < 0.15) {
        Topic second = pick(random, TOPICS, Topic::weight);
        if (second.category() != topic.category()) {
          c.categories.add(second.category());
        }
      }
      // from the first day of the dashboard's default window (twelve months) to three days ago, more of them lately
      long minutes = Duration.between(windowStart, now.minus(Duration.ofDays(3))).toMinutes();
      Instant submitted = now.minus(Duration.ofDays(3))
          .minus(Duration.ofMinutes((long) (minutes * (1 - Math.pow(random.nextDouble(), 0.85)))));
      boolean wantsReward = random.nextDouble() < 0.45;
      c.events.add(new Step(submitted, "SUBMITTED", null));
      Instant latest = now.minus(Duration.ofHours(1));
      double fate = random.nextDouble();
      String status;
      if (fate < 0.04) {
        status = "WITHDRAWN";
        c.events.add(new Step(before(latest, submitted.plus(hours(random, 12, 8 * 24))), "WITHDRAWN", null));
      } else if (fate < 0.22) {
        status = "REJECTED";
        String reason = REJECT_REASONS.get(random.nextInt(REJECT_REASONS.size()));
        Instant at = before(latest, submitted.plus(hours(random, 20, 12 * 24)));
        c.decisions.add(new Decision("intakeReview", at, "REJECT", Map.of("reason", reason)));
        c.events.add(new Step(at, "REJECTED", reason));
      } else {
        status = "CLOSED";
        accepted(c, random, province, topic, path, submitted, latest, wantsReward, penaltyNumbers);
      }
      String code;
      do {
        StringBuilder sb = new StringBuilder(PREFIX);
        for (int k = 0; k < 10; k++) {
          sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        code = sb.toString();
      } while (!codes.add(code));
      Instant updated = c.events.stream().map(Step::at).max(Instant::compareTo).orElse(submitted);
      String target = topic.targets().get(random.nextInt(topic.targets().size()));
      c.report = new HistoricalReport(code, randomHash(), status,
          c.categories.stream().sorted().map(Enum::name).reduce((a, b) -> a + "," + b).orElseThrow(), target,
          county, path, counties.get(county).name() + "某处", submitted.minus(hours(random, 2, 72)),
          random.nextBoolean(), topic.description(), wantsReward, submitted, updated);
      history.reports.add(c);
      if (c.reward != null) {
        history.rewards.add(c.reward);
      }
    }
    return history;
  }

  private void accepted(Case c, Random random, Province province, Topic topic, String path, Instant submitted,
                        Instant latest, boolean wantsReward, Map<String, Integer> penaltyNumbers) {
    Instant accepted = before(submitted.plus(Duration.between(submitted, latest).multipliedBy(3).dividedBy(10)),
        submitted.plus(hours(random, 6, 12 * 24)));
    boolean extended = random.nextDouble() < 0.12;
    boolean late = random.nextDouble() < (extended ? 0.25 : 0.14);
    int days = extended ? (late ? 91 + random.nextInt(15) : 62 + random.nextInt(27))
        : (late ? 61 + random.nextInt(20) : 12 + random.nextInt(47));
    Instant closed = accepted.plus(Duration.ofDays(days)).plus(hours(random, 0, 20));
    int faster = 25 + random.nextInt(71); // per cent of the time left
    int extensionRequestedDay = 45 + random.nextInt(13);
    if (closed.isAfter(latest)) {
      // a recent report: it was handled faster (history holds finished cases only)
      closed = accepted.plus(Duration.between(accepted, latest).multipliedBy(faster).dividedBy(100));
      extended = false;
    }
    double o = random.nextDouble();
    String outcome = o < 0.62 ? "CONFIRMED" : o < 0.92 ? "NOT_CONFIRMED" : "NOT_ENVIRONMENTAL";
    Duration handling = Duration.between(accepted, closed);
    Instant verified = accepted.plus(handling.multipliedBy(3 + random.nextInt(4)).dividedBy(10));
    c.decisions.add(new Decision("intakeReview", accepted, "ACCEPT", null));
    c.events.add(new Step(accepted, "ACCEPTED", null));
    if (extended) {
      Instant requested = accepted.plus(Duration.ofDays(extensionRequestedDay));
      String due = LocalDate.ofInstant(accepted, StatisticsService.CHINA).plusDays(90).atTime(LocalTime.MAX)
          .atZone(StatisticsService.CHINA).toInstant().toString();
      c.decisions.add(new Decision("extensionApproval", requested, "APPROVED", ordered("days", 30, "newDue", due)));
      c.events.add(new Step(requested, "EXTENDED", due));
      if (verified.isBefore(requested)) {
        verified = requested.plus(Duration.ofDays(1));
      }
    }
    LocalDate inspection = LocalDate.ofInstant(verified, StatisticsService.CHINA).minusDays(random.nextInt(3));
    c.decisions.add(new Decision("verification", verified, outcome, ordered("inspectionDate", inspection.toString(),
        "findings", "CONFIRMED".equals(outcome) ? "现场核查属实，已固定证据。" : "现场核查未发现举报所述问题。")));
    c.events.add(new Step(verified, "VERIFIED", outcome));
    if ("CONFIRMED".equals(outcome)) {
      Instant decided = verified.plus(Duration.between(verified, closed).multipliedBy(5 + random.nextInt(4))
          .dividedBy(10));
      LocalDate decisionDate = LocalDate.ofInstant(decided, StatisticsService.CHINA);
      int number = penaltyNumbers.merge(province.code() + decisionDate.getYear(), 1, Integer::sum);
      BigDecimal fine = BigDecimal.valueOf(List.of(20_000, 50_000, 80_000, 100_000, 200_000, 300_000, 500_000)
          .get(random.nextInt(7)));
      c.decisions.add(new Decision("enforcementDecision", decided, "DECIDED", ordered(
          "penaltyDecisionNumber", province.abbreviation() + "环罚〔" + decisionDate.getYear() + "〕" + number + "号",
          "decisionDate", decisionDate.toString(),
          "items", List.of(ordered("violationType", topic.violation(), "outcomes", List.of("FINE", "ORDER_TO_CORRECT"),
              "fineAmount", fine, "statutoryMaxFine", new BigDecimal("1000000"))),
          "incidentGrade", "NONE")));
      c.events.add(new Step(decided, "DECIDED", null));
      if (wantsReward && random.nextDouble() < 0.85) {
        reward(c, random, province, path, closed, fine, latest);
      }
    }
    c.decisions.add(new Decision("closureApproval", closed, "APPROVE", null));
    c.events.add(new Step(closed, "CLOSED", outcome));
  }

  private static void reward(Case c, Random random, Province province, String path, Instant closed, BigDecimal fine,
                             Instant latest) {
    Instant reviewed = closed.plus(hours(random, 24, 10 * 24));
    Instant granted = reviewed.plus(hours(random, 24, 8 * 24));
    Instant claimed = granted.plus(hours(random, 12, 30 * 24));
    Instant paid = claimed.plus(hours(random, 48, 20 * 24));
    // a fixed share of the fine (2–5 %), in tens of yuan, at least 200
    BigDecimal amount = fine.multiply(BigDecimal.valueOf(2 + random.nextInt(4))).divide(BigDecimal.valueOf(1000))
        .setScale(0, java.math.RoundingMode.HALF_UP).multiply(BigDecimal.TEN).max(BigDecimal.valueOf(200))
        .setScale(2);
    if (paid.isAfter(latest.minus(Duration.ofDays(1)))) {
      return; // still under way: history holds finished rewards only
    }
    String ruleSet = path.contains("/330100/") ? "hangzhou-2021 v1" : province.ruleSet();
    c.reward = new Paid(province.code(), path, ruleSet, amount, reviewed, granted, claimed, paid);
    c.events.add(new Step(granted, "REWARD_GRANTED", amount.toPlainString()));
    c.events.add(new Step(claimed, "REWARD_CLAIMED", null));
    c.events.add(new Step(paid, "REWARD_PAID", null));
  }

  /** In one transaction, as multi-row INSERTs of {@value #CHUNK} rows. */
  private void store(History history) {
    chunks(history.reports.stream().map(c -> c.report).toList(), reportHistory::importReports);
    Map<String, Long> ids = reportHistory.idsWithPrefix(PREFIX);
    List<HistoricalReport.Category> categories = new ArrayList<>();
    List<HistoricalReport.Event> events = new ArrayList<>();
    List<HistoricalDecision> decisions = new ArrayList<>();
    List<HistoricalReward> rewards = new ArrayList<>();
    for (Case c : history.reports) {
      long id = ids.get(c.report.trackingCode());
      c.categories.forEach(cat -> categories.add(new HistoricalReport.Category(id, cat.name(), c.report.regionCode(),
          c.report.submittedAt())));
      c.events.forEach(e -> events.add(new HistoricalReport.Event(id, e.at(), e.type(), e.note())));
      c.decisions.forEach(d -> decisions.add(new HistoricalDecision(id, d.taskKey(), ACTOR, d.at(), d.outcome(),
          toJson(d.details()))));
      if (c.reward != null) {
        Paid p = c.reward;
        rewards.add(new HistoricalReward(id, "history-" + c.report.trackingCode(), p.provinceCode(), p.regionPath(),
            p.ruleSet(), p.amount(), ACTOR, p.reviewedAt(), p.grantedAt(), p.claimedAt(), p.paidAt(),
            LocalDate.ofInstant(p.paidAt(), StatisticsService.CHINA), "HIST-" + c.report.trackingCode()));
      }
    }
    chunks(categories, reportHistory::importCategories);
    chunks(events, reportHistory::importEvents);
    chunks(decisions, decisionHistory::importDecisions);
    chunks(rewards, rewardHistory::importPaid);
  }

  private static <T> void chunks(List<T> rows, Consumer<List<T>> insert) {
    for (int from = 0; from < rows.size(); from += CHUNK) {
      insert.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
    }
  }

  private String toJson(Map<String, Object> details) {
    try {
      return details == null ? null : json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static <T> T pick(Random random, List<T> items, java.util.function.ToIntFunction<T> weight) {
    int total = items.stream().mapToInt(weight).sum();
    int r = random.nextInt(total);
    for (T item : items) {
      r -= weight.applyAsInt(item);
      if (r < 0) {
        return item;
      }
    }
    throw new IllegalStateException();
  }

  private static Duration hours(Random random, int min, int max) {
    return Duration.ofMinutes(min * 60L + random.nextInt((max - min) * 60 + 1));
  }

  private static Instant before(Instant limit, Instant at) {
    return at.isAfter(limit) ? limit : at;
  }

  /** The hash of a random value: the receipt of a historical report cannot be opened by anyone. */
  private static String randomHash() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
