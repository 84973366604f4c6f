package org.greenwhistle.bench.seed;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.BenchBackendApplication;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.casework.service.DeadlineCalculator;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.persistence.ReportMapper;
import org.greenwhistle.report.service.ReceiptCodes;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * B2 data set: open cases waiting for on-site verification (INVESTIGATOR), spread over counties: by default 60 % in
 * Sichuan with 2,000 in 510311 沿滩区 (the benchmark investigator's county), 40 % across all other provinces' counties.
 *
 * <p>Per chunk of {@code --batch} cases: (1) one transaction through the app's MyBatis mappers in BATCH mode (report,
 * report_category, report_event SUBMITTED + ACCEPTED, case_decision intakeReview=ACCEPT); (2) one transaction with
 * the case's audit entry ({@code AuditTrail}, hash-chained, so one by one) and the {@code report-handling} instance
 * started at {@code verification} through Camunda's public API
 * ({@code createProcessInstanceByKey(..).startBeforeActivity("verification")}) with the variables an accepted case
 * has. The engine's own TaskRules listener writes the {@code case_task} inbox row, as for any task.
 *
 * <pre>--cases=100000 --threads=2 --batch=100 --home=510311 --home-cases=2000 --sichuan-share=0.6 --seed=7</pre>
 */
public final class SeedMain {
  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    int cases = args.integer("cases", 100_000);
    int threads = args.integer("threads", 2);
    int batch = args.integer("batch", 100);
    String home = args.get("home", "510311");
    // 2,000 of 100,000 by default: 2 %
    int homeCases = Math.min(cases, args.integer("home-cases", (int) Math.round(cases * 0.02)));
    double sichuanShare = Double.parseDouble(args.get("sichuan-share", "0.6"));
    long started = System.nanoTime();
    try (ConfigurableApplicationContext context = BenchBackendApplication.start()) {
      System.err.printf("context ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
      new SeedMain(context, new Random(Long.parseLong(args.get("seed", "7")))).run(cases, threads, batch, home,
          homeCases, sichuanShare);
    }
    System.exit(0);
  }

  private final ConfigurableApplicationContext context;
  private final Random random;
  private final RegionService regions;
  private final ReceiptCodes codes;
  private final AuditTrail audit;
  private final RuntimeService runtime;
  private final DeadlineCalculator deadlines;
  private final TransactionTemplate tx;
  private final SqlSessionTemplate batchSession;

  SeedMain(ConfigurableApplicationContext context, Random random) {
    this.context = context;
    this.random = random;
    this.regions = context.getBean(RegionService.class);
    this.codes = context.getBean(ReceiptCodes.class);
    this.audit = context.getBean(AuditTrail.class);
    this.runtime = context.getBean(RuntimeService.class);
    this.deadlines = context.getBean(DeadlineCalculator.class);
    this.tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    this.batchSession = new SqlSessionTemplate(context.getBean(SqlSessionFactory.class), ExecutorType.BATCH);
  }

  void run(int cases, int threads, int batch, String home, int homeCases, double sichuanShare) throws Exception {
    String homeProvince = home.substring(0, 2) + "0000";
    List<Region> homeLeaves = new ArrayList<>();
    List<Region> otherLeaves = new ArrayList<>();
    for (Region province : regions.provinces()) {
      List<Region> leaves = leaves(province.code());
      (province.code().equals(homeProvince) ? homeLeaves : otherLeaves).addAll(leaves);
    }
    Region homeRegion = regions.find(home).orElseThrow(() -> new IllegalArgumentException("unknown region " + home));
    homeLeaves.removeIf(r -> r.code().equals(home));
    System.err.printf("regions: %d other counties in %s, %d counties in other provinces%n", homeLeaves.size(),
        homeProvince, otherLeaves.size());
    provisionStaff(homeRegion);

    // the plan: which county each case goes to, shuffled so every chunk is a mix
    List<Region> plan = new ArrayList<>(cases);
    int inHomeProvince = (int) Math.round(cases * sichuanShare);
    for (int i = 0; i < cases; i++) {
      if (i < homeCases) {
        plan.add(homeRegion);
      } else if (i < inHomeProvince) {
        plan.add(homeLeaves.get(random.nextInt(homeLeaves.size())));
      } else {
        plan.add(otherLeaves.get(random.nextInt(otherLeaves.size())));
      }
    }
    java.util.Collections.shuffle(plan, random);

    long before = count("SELECT COUNT(*) FROM case_task");
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    long t0 = System.nanoTime();
    Progress progress = new Progress(cases, t0);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Thread worker = new Thread(() -> {
        Random r = new Random(random.nextLong());
        while (true) {
          int from = next.getAndAdd(batch);
          if (from >= cases) {
            return;
          }
          List<Region> chunk = plan.subList(from, Math.min(cases, from + batch));
          try {
            seedChunk(chunk, r);
            progress.update(done.addAndGet(chunk.size()));
          } catch (RuntimeException e) {
            failures.addAndGet(chunk.size());
            System.err.println("\nchunk failed: " + e);
          }
        }
      }, "seed-" + w);
      workers.add(worker);
      worker.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    progress.finish(done.get());
    double seconds = (System.nanoTime() - t0) / 1e9;
    long tasks = count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'verification'");
    long projected = count("SELECT COUNT(*) FROM case_task WHERE task_key = 'verification'");
    long missing = count("SELECT COUNT(*) FROM ACT_RU_TASK t LEFT JOIN case_task c ON c.task_id = t.ID_ "
        + "WHERE t.TASK_DEF_KEY_ = 'verification' AND c.task_id IS NULL");
    long homeTasks = count("SELECT COUNT(*) FROM case_task WHERE task_key = 'verification' AND region_path LIKE '"
        + homeRegion.path() + "%'");
    System.out.printf(java.util.Locale.ROOT, "RESULT seed cases=%d failed=%d seconds=%.1f rate=%.1f/s "
            + "open_verification_tasks=%d case_task_rows=%d tasks_without_case_task=%d in_%s=%d case_task_before=%d%n",
        done.get(), failures.get(), seconds, done.get() / seconds, tasks, projected, missing, homeRegion.code(),
        homeTasks, before);
  }

  private List<Region> leaves(String code) {
    List<Region> out = new ArrayList<>();
    for (Region child : regions.children(code)) {
      List<Region> grand = regions.children(child.code());
      if (grand.isEmpty()) {
        out.add(child);
      } else {
        for (Region g : grand) {
          if (regions.children(g.code()).isEmpty()) {
            out.add(g);
          }
        }
      }
    }
    return out;
  }

  /**
   * The benchmark's investigator in the home county (user {@code investigator}, password {@code investigator}),
   * plus one province-level INVESTIGATOR and LEADER per province so that no seeded task is an "unassigned region"
   * task. Through the app's own {@code AccountProvisioning} (a package-private service, hence reflection).
   */
  private void provisionStaff(Region home) throws Exception {
    Object provisioning = context.getBean("accountProvisioning");
    Method create = null;
    for (Method m : provisioning.getClass().getMethods()) {
      if (m.getName().equals("createIfAbsent")) {
        create = m;
      }
    }
    if (create == null) {
      throw new IllegalStateException("AccountProvisioning.createIfAbsent not found");
    }
    create.setAccessible(true);
    int created = 0;
    if ((boolean) create.invoke(provisioning, "investigator", "investigator", "沿滩区执法员", home.code(),
        EnumSet.of(Role.INVESTIGATOR), false)) {
      created++;
    }
    for (Region province : regions.provinces()) {
      String p = province.code();
      created += (boolean) create.invoke(provisioning, "inv-" + p, "inv-" + p, province.name() + "执法员", p,
          EnumSet.of(Role.INVESTIGATOR), false) ? 1 : 0;
      created += (boolean) create.invoke(provisioning, "leader-" + p, "leader-" + p, province.name() + "负责人", p,
          EnumSet.of(Role.LEADER), false) ? 1 : 0;
    }
    System.err.printf("staff: %d accounts created (investigator in %s, one INVESTIGATOR and LEADER per province)%n",
        created, home.code());
  }

  private static final String[] CATEGORIES = {"AIR", "WATER", "NOISE", "SOLID_WASTE", "HAZARDOUS_WASTE", "SOIL",
      "ECOLOGY", "RADIATION", "OTHER"};
  private static final String[] TARGETS = {"化工厂", "造纸厂", "养殖场", "砖厂", "电镀厂", "洗砂场", "印染厂", "污水处理厂",
      "建筑工地", "垃圾填埋场"};

  private void seedChunk(List<Region> chunk, Random r) {
    Instant now = Instant.now();
    List<ReportRecord> rows = new ArrayList<>(chunk.size());
    List<Instant> accepted = new ArrayList<>(chunk.size());
    // (1) the report rows, batched
    tx.executeWithoutResult(status -> {
      ReportMapper reports = batchSession.getMapper(ReportMapper.class);
      CaseTaskMapper decisions = batchSession.getMapper(CaseTaskMapper.class);
      for (Region region : chunk) {
        Instant submitted = now.minus(Duration.ofMinutes(60 + r.nextInt(55 * 24 * 60)));
        Instant acceptedAt = submitted.plus(Duration.ofMinutes(30 + r.nextInt(3 * 24 * 60)));
        if (acceptedAt.isAfter(now)) {
          acceptedAt = now;
        }
        ReportRecord rec = new ReportRecord();
        rec.setTrackingCode(codes.newTrackingCode());
        rec.setAccessKeyHash(codes.accessKeyHash(codes.newAccessKey()));
        rec.setStatus(ReportStatus.ACCEPTED);
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        rec.setCategories(category);
        rec.setTargetName(region.name() + TARGETS[r.nextInt(TARGETS.length)] + " " + r.nextInt(1000));
        rec.setRegionCode(region.code());
        rec.setRegionPath(region.path());
        rec.setAddress(region.name() + "工业园 " + r.nextInt(500) + " 号");
        rec.setLatitude(BigDecimal.valueOf(22 + r.nextInt(20_000) / 1000.0));
        rec.setLongitude(BigDecimal.valueOf(100 + r.nextInt(20_000) / 1000.0));
        rec.setObservedAt(submitted.minus(Duration.ofHours(1 + r.nextInt(48))));
        rec.setOngoing(r.nextBoolean());
        rec.setDescription("夜间排放刺鼻气体，河道有黑色污水流出，周边居民反映强烈。（基准数据 " + r.nextInt(1_000_000) + "）");
        rec.setAnonymous(true);
        rec.setWantsReward(false);
        rec.setSubmittedAt(submitted);
        rec.setUpdatedAt(acceptedAt);
        reports.insert(rec);
        rows.add(rec);
        accepted.add(acceptedAt);
      }
      batchSession.flushStatements();
      for (int i = 0; i < rows.size(); i++) {
        ReportRecord rec = rows.get(i);
        reports.insertCategory(rec.getId(), rec.getCategories(), rec.getRegionCode(), rec.getSubmittedAt());
        reports.insertEvent(new TimelineEvent(null, rec.getId(), rec.getSubmittedAt(), "SUBMITTED", null));
        reports.insertEvent(new TimelineEvent(null, rec.getId(), accepted.get(i), "ACCEPTED", null));
        decisions.insertDecision(new CaseDecision(null, rec.getId(), "intakeReview", "seed", accepted.get(i), "ACCEPT",
            null));
      }
      batchSession.flushStatements();
    });
    // (2) audit entry and the process instance at verification, one transaction for the chunk
    tx.executeWithoutResult(status -> {
      for (int i = 0; i < rows.size(); i++) {
        ReportRecord rec = rows.get(i);
        audit.record(rec.getTrackingCode(), "reporter", "REPORT_SUBMITTED", "report",
            "region=" + rec.getRegionCode() + " categories=" + rec.getCategories() + " files=0 anonymous=true seeded");
        Instant intakeDue = deadlines.intakeDue(rec.getRegionCode(), rec.getSubmittedAt());
        Instant handlingDue = deadlines.handlingDue(rec.getRegionCode(), accepted.get(i));
        Map<String, Object> v = new HashMap<>();
        v.put("reportId", rec.getId());
        v.put("regionCode", rec.getRegionCode());
        v.put("wantsReward", false);
        v.put("intakeDue", Date.from(intakeDue));
        v.put("intakeReminderAt", Date.from(deadlines.reminderBefore(intakeDue)));
        v.put("intakeOutcome", "ACCEPT");
        v.put("handlingDue", Date.from(handlingDue));
        v.put("handlingReminderAt", Date.from(deadlines.reminderBefore(handlingDue)));
        v.put("extensionUsed", false);
        runtime.createProcessInstanceByKey("report-handling").businessKey(rec.getTrackingCode()).setVariables(v)
            .startBeforeActivity("verification").execute();
      }
    });
  }

  private long count(String sql) {
    Long n = context.getBean(JdbcTemplate.class).queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }

  /** A console progress bar: redrawn in place on a terminal, a line every 5 % otherwise. */
  static final class Progress {
    private final long total;
    private final long t0;
    private final boolean tty = System.console() != null;
    private long lastPrinted = -1;
    private long lastDraw;

    Progress(long total, long t0) {
      this.total = total;
      this.t0 = t0;
    }

    synchronized void update(long done) {
      long now = System.nanoTime();
      long step = done * 20 / total;
      if (tty ? now - lastDraw < 500_000_000L && done < total : step == lastPrinted) {
        return;
      }
      lastDraw = now;
      lastPrinted = step;
      double s = (now - t0) / 1e9;
      double rate = done / Math.max(s, 1e-3);
      long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
      int width = 40;
      int filled = (int) (done * width / total);
      String bar = "#".repeat(filled) + ".".repeat(width - filled);
      String line = String.format(java.util.Locale.ROOT, "[%s] %,d/%,d %5.1f%% %6.1f cases/s elapsed %s ETA %s", bar,
          done, total, 100.0 * done / total, rate, hms(Math.round(s)), hms(eta));
      System.err.print(tty ? "\r" + line : line + "\n");
    }

    synchronized void finish(long done) {
      lastDraw = 0;
      lastPrinted = -1;
      update(done);
      if (tty) {
        System.err.println();
      }
    }

    private static String hms(long s) {
      return String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }
  }
}
