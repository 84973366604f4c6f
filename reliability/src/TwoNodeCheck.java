import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Helper and checker of the two-node test (reliability/two-nodes.sh), against the shared database:
 * <ul>
 *   <li>{@code submit}: N reports through both nodes alternately (REST, 4 threads), a third real-name with an e-mail
 *       address (their confirmation mails exercise the outbox claim);</li>
 *   <li>{@code fast-forward}: the intake reminders' timers fall due now (their due date set to now, as if the
 *       days had passed);</li>
 *   <li>{@code check}: every reminder ran exactly once (one DEADLINE_REMINDER audit entry per case, one successful
 *       job-log entry per job), none is left due, no incident, each confirmation mail captured once; who ran what;
 *       how long after the kill the last job locked by the killed node finished.</li>
 * </ul>
 */
public class TwoNodeCheck {
  public static void main(String[] argv) throws Exception {
    Map<String, String> a = HostileRun.args(argv);
    String url = "jdbc:mysql://127.0.0.1:3306/" + a.get("db") + "?serverTimezone=UTC&characterEncoding=UTF-8";
    String mode = argv[0];
    if (mode.equals("submit")) {
      submit(a);
      return;
    }
    try (Connection c = DriverManager.getConnection(url, "root", "")) {
      switch (mode) {
        case "fast-forward" -> System.out.println(c.createStatement().executeUpdate("UPDATE ACT_RU_JOB SET DUEDATE_ = "
            + "CURRENT_TIMESTAMP(3) WHERE HANDLER_TYPE_ = 'timer-transition' AND JOB_DEF_ID_ IN (SELECT ID_ FROM "
            + "ACT_RU_JOBDEF WHERE ACT_ID_ = 'intakeReminder')"));
        default -> check(c, a);
      }
    }
  }

  private static void submit(Map<String, String> a) throws Exception {
    int n = Integer.parseInt(a.get("count"));
    String[] ports = a.get("ports").split(",");
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger serverErrors = new java.util.concurrent.atomic.AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread th = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          java.util.Random r = new java.util.Random(i);
          Map<String, Object> report = org.greenwhistle.reliability.HostileCorpus.validReport(r);
          if (i % 3 == 0) {
            Map<String, Object> reporter = new java.util.LinkedHashMap<>();
            reporter.put("name", "两节点测试人");
            reporter.put("idNumber", org.greenwhistle.reliability.HostileCorpus.residentId(r));
            reporter.put("phone", "13800" + String.format("%06d", i));
            reporter.put("email", "two-node-" + i + "@example.invalid");
            report.put("anonymous", false);
            report.put("reporter", reporter);
          }
          byte[] body = org.greenwhistle.reliability.HostileCorpus.multipartBody("----gw2n", List.of(
              new org.greenwhistle.reliability.HostileCorpus.Part("report", "report.json", "application/json",
                  org.greenwhistle.reliability.HostileCorpus.json(report).getBytes(StandardCharsets.UTF_8))));
          // a client that retries with the same key on a 5xx or a connection error, at most 10 times
          for (int attempt = 1; ; attempt++) {
            try {
              Http.Response resp = Http.send("127.0.0.1", Integer.parseInt(ports[(i + attempt - 1) % ports.length]),
                  "POST", "/api/v1/reports", List.<String[]>of(new String[] {"Idempotency-Key", "two-node-" + i}),
                  "multipart/form-data; boundary=----gw2n", body, 120_000);
              if (resp.status() == 201) {
                break;
              }
              if (resp.status() < 500 || attempt == 10) {
                failed.incrementAndGet();
                System.err.println("submission " + i + ": " + resp.status() + " " + resp.text());
                break;
              }
              serverErrors.incrementAndGet();
            } catch (java.io.IOException e) {
              if (attempt == 10) {
                failed.incrementAndGet();
                System.err.println("submission " + i + ": " + e);
                break;
              }
            }
          }
        }
      });
      th.start();
      threads.add(th);
    }
    for (Thread th : threads) {
      th.join();
    }
    System.out.println("submitted " + n + ", failed " + failed.get() + ", 5xx answers retried with the same key: "
        + serverErrors.get() + " (see the nodes' logs)");
    System.exit(failed.get() == 0 ? 0 : 1);
  }

  private static void check(Connection c, Map<String, String> a) throws Exception {
    List<String> out = new ArrayList<>();
    boolean ok = true;
    long cases = scalar(c, "SELECT COUNT(*) FROM report");
    long reminded = scalar(c, "SELECT COUNT(DISTINCT chain_key) FROM audit_entry WHERE action = 'DEADLINE_REMINDER'");
    long twice = scalar(c, "SELECT COUNT(*) FROM (SELECT chain_key FROM audit_entry WHERE action = 'DEADLINE_REMINDER' "
        + "GROUP BY chain_key HAVING COUNT(*) > 1) x");
    long left = scalar(c, "SELECT COUNT(*) FROM ACT_RU_JOB j JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ "
        + "WHERE d.ACT_ID_ = 'intakeReminder'");
    long jobsRun = scalar(c, "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'intakeReminder' "
        + "AND JOB_STATE_ = 2");
    long jobsTwice = scalar(c, "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE ACT_ID_ = 'intakeReminder' "
        + "AND JOB_STATE_ = 2 GROUP BY JOB_ID_ HAVING COUNT(*) > 1) x");
    long jobFailures = scalar(c, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1");
    long incidents = scalar(c, "SELECT COUNT(*) FROM ACT_RU_INCIDENT");
    ok &= reminded == cases && twice == 0 && left == 0 && jobsRun == cases && jobsTwice == 0 && incidents == 0;
    out.add(String.format("| cases | reminders run (audit) | run twice | reminder jobs left | job-log successes | job run twice "
        + "| job failures (retried) | incidents |%n|---|---|---|---|---|---|---|---|%n| %d | %d | %d | %d | %d | %d | %d | %d |",
        cases, reminded, twice, left, jobsRun, jobsTwice, jobFailures, incidents));
    Map<String, Long> byHost = new TreeMap<>();
    try (ResultSet rs = c.createStatement().executeQuery("SELECT HOSTNAME_, COUNT(*) FROM ACT_HI_JOB_LOG WHERE "
        + "ACT_ID_ = 'intakeReminder' AND JOB_STATE_ = 2 GROUP BY HOSTNAME_")) {
      while (rs.next()) {
        byHost.put(rs.getString(1), rs.getLong(2));
      }
    }
    out.add("reminder jobs run per node: " + byHost);
    long mails = scalar(c, "SELECT COUNT(*) FROM mail_outbox");
    long captured = scalar(c, "SELECT COUNT(*) FROM mail_outbox WHERE status = 'CAPTURED'");
    long claimedTwice = scalar(c, "SELECT COUNT(*) FROM mail_outbox WHERE attempts > 1");
    out.add(String.format("confirmation mails: %d queued, %d captured (delivered once each), %d claimed more than once "
        + "(a claim of the killed node released after 10 min is re-sent: at-least-once)", mails, captured, claimedTwice));
    if (a.containsKey("kill-at") && a.containsKey("orphaned-jobs")) {
      Timestamp killAt = new Timestamp(Long.parseLong(a.get("kill-at")));
      List<String> ids = List.of(a.get("orphaned-jobs").split(","));
      if (!a.get("orphaned-jobs").isBlank()) {
        String in = "'" + String.join("','", ids) + "'";
        long done = scalar(c, "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 2 AND JOB_ID_ IN (" + in + ")");
        Timestamp last = null;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT MAX(TIMESTAMP_), MIN(TIMESTAMP_) FROM ACT_HI_JOB_LOG "
            + "WHERE JOB_STATE_ = 2 AND JOB_ID_ IN (" + in + ")")) {
          rs.next();
          last = rs.getTimestamp(1);
          Timestamp first = rs.getTimestamp(2);
          long lockMs = Long.parseLong(a.getOrDefault("lock-ms", "0"));
          long maxWait = Long.parseLong(a.getOrDefault("max-wait-ms", "60000"));
          long after = last == null ? -1 : last.getTime() - killAt.getTime();
          boolean inTime = last != null && after <= lockMs + maxWait + 10_000;
          ok &= done == ids.size() && inTime;
          out.add(String.format("jobs locked by the killed node at the kill: %d; finished by the other node: %d, the first "
                  + "%.1f s and the last %.1f s after the kill (lock time %.0f s, acquisition max wait %.0f s) %s", ids.size(),
              done, first == null ? -1 : (first.getTime() - killAt.getTime()) / 1000.0, after / 1000.0, lockMs / 1000.0,
              maxWait / 1000.0, inTime ? "ok" : "TOO LATE"));
        }
      } else {
        out.add("the killed node held no reminder job at the kill (nothing to take over this time)");
      }
    }
    String text = String.join("\n", out) + "\n";
    System.out.print(text);
    if (a.containsKey("out")) {
      Files.writeString(Path.of(a.get("out")), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
    System.exit(ok ? 0 : 1);
  }

  private static long scalar(Connection c, String sql) throws Exception {
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
