import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.greenwhistle.reliability.HostileCorpus;
import org.greenwhistle.reliability.HostileCorpus.Item;
import org.greenwhistle.reliability.HostileCorpus.Verdict;

/**
 * Sends the hostile corpus to the running packaged app over raw HTTP, judges every answer, then checks the
 * database and the evidence store: accepted files are of an allowed type (stored bytes match the stored type),
 * display names are safe, every accepted report has its process, no orphan or partial file, no temporary upload
 * left behind, no OutOfMemoryError in the app log, and the app still healthy at the end.
 *
 * <pre>
 * java HostileRun --port=18181 --seed=20261129 --count=10000 [--from=0] [--threads=3] [--only=12,345]
 *   [--skip-heavy] --db=gw_hostile --evidence-dir=DIR --tmp-dir=DIR --app-log=FILE --out=FILE
 * </pre>
 */
public class HostileRun {
  private static final Set<Verdict> FAILING = Set.of(Verdict.SERVER_ERROR, Verdict.UNCLEAR_REJECTION,
      Verdict.UNEXPECTED_ACCEPT, Verdict.DISALLOWED_FILE_ACCEPTED);

  private final int port;
  private final Map<String, Map<String, AtomicInteger>> tally = new ConcurrentHashMap<>();
  private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
  private final List<String> notes = Collections.synchronizedList(new ArrayList<>());
  private final Set<String> acceptedCodes = ConcurrentHashMap.newKeySet();
  private final AtomicInteger noAnswer = new AtomicInteger();
  private final AtomicInteger skipped = new AtomicInteger();
  private String[] receipt;
  private int receiptUses;

  HostileRun(int port) {
    this.port = port;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> a = args(argv);
    HostileRun run = new HostileRun(Integer.parseInt(a.getOrDefault("port", "18181")));
    long seed = Long.parseLong(a.getOrDefault("seed", "20261129"));
    int from = Integer.parseInt(a.getOrDefault("from", "0"));
    int count = Integer.parseInt(a.getOrDefault("count", "1000"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "3"));
    boolean skipHeavy = a.containsKey("skip-heavy");
    List<Integer> indexes = new ArrayList<>();
    if (a.containsKey("only")) {
      for (String s : a.get("only").split(",")) {
        indexes.add(Integer.parseInt(s.trim()));
      }
    } else {
      for (int i = from; i < from + count; i++) {
        indexes.add(i);
      }
    }
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    for (int index : indexes) {
      pool.submit(() -> {
        try {
          Item item = HostileCorpus.item(seed, index);
          if (skipHeavy && item.heavy()) {
            run.skipped.incrementAndGet();
          } else {
            run.one(item);
          }
        } catch (Throwable e) {
          run.failures.add(index + "\t?\tRUNNER_ERROR\t" + e);
        }
        int n = done.incrementAndGet();
        if (n % 250 == 0) {
          System.err.printf("[hostile] %d/%d sent, %d failing so far (%.0f s)%n", n, indexes.size(), run.failures.size(),
              (System.nanoTime() - t0) / 1e9);
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(6, TimeUnit.HOURS);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<String> checks = run.checks(a);
    String report = run.report(seed, indexes.size(), seconds, checks);
    System.out.println(report);
    if (a.containsKey("out")) {
      Files.writeString(Path.of(a.get("out")), report, StandardCharsets.UTF_8);
    }
    boolean ok = run.failures.isEmpty() && run.noAnswer.get() == 0 && checks.stream().noneMatch(c -> c.startsWith("FAIL"));
    System.exit(ok ? 0 : 1);
  }

  private void one(Item item) throws IOException {
    String[] r = item.needsReceipt() ? receipt() : null;
    String path = r == null ? item.path() : item.path().replace("{code}", r[0]);
    List<String[]> headers = new ArrayList<>();
    for (String[] h : item.headers()) {
      headers.add(new String[] {h[0], r == null ? h[1] : h[1].replace("{key}", r[1]).replace("{code}", r[0])});
    }
    headers.add(new String[] {"Accept-Language", "en"});
    String contentType = item.contentType();
    byte[] body = item.body();
    if (item.multipart()) {
      String boundary = "----gwHostile" + item.index();
      contentType = "multipart/form-data; boundary=" + boundary;
      body = HostileCorpus.multipartBody(boundary, item.parts());
    }
    Http.Response response;
    try {
      response = Http.send("127.0.0.1", port, item.method(), path, headers, contentType, body, 180_000);
    } catch (IOException e) {
      noAnswer.incrementAndGet();
      failures.add(line(item, "NO_ANSWER", e.getClass().getSimpleName() + ": " + e.getMessage()));
      return;
    }
    String text = response.text();
    Verdict v = HostileCorpus.judge(item, response.status(), response.header("content-type"), text, true);
    tally.computeIfAbsent(item.category(), k -> new ConcurrentHashMap<>())
        .computeIfAbsent(v.name(), k -> new AtomicInteger()).incrementAndGet();
    tally.computeIfAbsent("status", k -> new ConcurrentHashMap<>())
        .computeIfAbsent(String.valueOf(response.status()), k -> new AtomicInteger()).incrementAndGet();
    if (FAILING.contains(v)) {
      failures.add(line(item, v.name(), response.status() + " " + response.header("content-type") + " " + snippet(text)));
    } else if (v == Verdict.UNEXPECTED_REJECTION) {
      notes.add(item + " legitimate input refused: " + response.status() + " " + snippet(text));
    }
    if (response.status() == 201) {
      String code = Http.field(text, "trackingCode");
      if (code != null) {
        acceptedCodes.add(code);
      } else {
        failures.add(line(item, "NO_RECEIPT", snippet(text)));
      }
    }
  }

  /** A receipt of our own for follow-up items; a fresh report every 20 uses (9 files at most per report). */
  private synchronized String[] receipt() throws IOException {
    if (receipt == null || ++receiptUses % 20 == 0) {
      Map<String, Object> report = HostileCorpus.validReport(new Random(receiptUses));
      String boundary = "----gwReceipt";
      byte[] body = HostileCorpus.multipartBody(boundary, List.of(new HostileCorpus.Part("report", "report.json",
          "application/json", HostileCorpus.json(report).getBytes(StandardCharsets.UTF_8))));
      Http.Response r = Http.send("127.0.0.1", port, "POST", HostileCorpus.REPORTS, List.of(),
          "multipart/form-data; boundary=" + boundary, body, 60_000);
      if (r.status() != 201) {
        throw new IOException("could not get a receipt: " + r.status() + " " + snippet(r.text()));
      }
      receipt = new String[] {Http.field(r.text(), "trackingCode"), Http.field(r.text(), "accessKey")};
      acceptedCodes.add(receipt[0]);
    }
    return receipt;
  }

  private List<String> checks(Map<String, String> a) throws Exception {
    List<String> out = new ArrayList<>();
    try {
      Http.Response health = Http.send("127.0.0.1", port, "GET", "/actuator/health", List.of(), null, null, 30_000);
      out.add((health.text().contains("\"UP\"") ? "ok   " : "FAIL ") + "app healthy after the run: " + health.text().trim());
    } catch (IOException e) {
      out.add("FAIL app not answering after the run: " + e);
    }
    if (a.containsKey("app-log")) {
      long ooms;
      try (Stream<String> lines = Files.lines(Path.of(a.get("app-log")), StandardCharsets.ISO_8859_1)) {
        ooms = lines.filter(l -> l.contains("OutOfMemoryError")).count();
      }
      out.add((ooms == 0 ? "ok   " : "FAIL ") + "OutOfMemoryError lines in the app log: " + ooms);
    }
    if (a.containsKey("tmp-dir")) {
      long temps;
      try (Stream<Path> files = Files.walk(Path.of(a.get("tmp-dir")))) {
        temps = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("gw-upload-") || n.startsWith("upload_")).count();
      }
      out.add((temps == 0 ? "ok   " : "FAIL ") + "temporary upload files left in the app's tmp dir: " + temps);
    }
    if (!a.containsKey("db")) {
      return out;
    }
    String url = "jdbc:mysql://127.0.0.1:3306/" + a.get("db") + "?serverTimezone=UTC&characterEncoding=UTF-8";
    Path store = Path.of(a.get("evidence-dir"));
    try (Connection c = DriverManager.getConnection(url, "root", "")) {
      int files = 0;
      int badType = 0;
      int badMagic = 0;
      int badName = 0;
      int missing = 0;
      int noProcess = 0;
      Map<String, Integer> types = new TreeMap<>();
      StoredEvidence stored = new StoredEvidence(store);
      int notEncrypted = 0;
      int undecryptable = 0;
      try (PreparedStatement ps = c.prepareStatement("SELECT r.tracking_code, e.storage_id, e.media_type, e.display_name, "
          + "COALESCE(e.stored_sha256, e.sha256) FROM report r JOIN evidence e ON e.report_id = r.id")) {
        ResultSet rs = ps.executeQuery();
        while (rs.next()) {
          files++;
          String type = rs.getString(3);
          types.merge(type, 1, Integer::sum);
          String id = rs.getString(2);
          Path file = store.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
          if (!HostileCorpus.ALLOWED_TYPES.contains(type)) {
            badType++;
            out.add("FAIL stored type outside the allow-list: " + rs.getString(1) + " " + type);
          }
          if (!Files.exists(file)) {
            missing++;
          } else {
            // read through decryption (issue #23): the stored file is encrypted and decrypts, in full, to its digest
            if (!stored.encrypted(id)) {
              notEncrypted++;
              out.add("FAIL stored unencrypted: " + rs.getString(1) + " " + id);
            } else if (!rs.getString(5).equals(stored.sha256(id))) {
              undecryptable++;
              out.add("FAIL stored file does not decrypt to its digest: " + rs.getString(1) + " " + id);
            }
            if (!HostileCorpus.magicMatches(type, stored.head(id, 16))) {
              badMagic++;
              out.add("FAIL stored bytes are not " + type + ": " + rs.getString(1) + " " + id);
            }
          }
          if (!HostileCorpus.displayNameSafe(rs.getString(4))) {
            badName++;
            out.add("FAIL unsafe display name stored: " + rs.getString(1) + " " + snippet(rs.getString(4)));
          }
        }
      }
      out.add(String.format("%s accepted evidence files: %d (%s); outside the allow-list: %d, bytes not matching the "
          + "type: %d, unsafe names: %d, rows without file: %d", badType + badMagic + badName + missing == 0 ? "ok  " : "FAIL",
          files, types, badType, badMagic, badName, missing));
      out.add(String.format("%s stored files read back through decryption: %d; not encrypted: %d, not decrypting to "
          + "their digest: %d", notEncrypted + undecryptable == 0 ? "ok  " : "FAIL", files - missing, notEncrypted,
          undecryptable));
      Set<String> withProcess = new HashSet<>();
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT BUSINESS_KEY_ FROM ACT_RU_EXECUTION WHERE PARENT_ID_ IS NULL AND BUSINESS_KEY_ IS NOT NULL")) {
        while (rs.next()) {
          withProcess.add(rs.getString(1));
        }
      }
      int reports = 0;
      try (ResultSet rs = c.createStatement().executeQuery("SELECT tracking_code FROM report")) {
        while (rs.next()) {
          reports++;
          if (!withProcess.contains(rs.getString(1))) {
            noProcess++;
          }
        }
      }
      out.add((noProcess == 0 ? "ok   " : "FAIL ") + "reports: " + reports + " (accepted in this run: "
          + acceptedCodes.size() + "), without a process instance: " + noProcess);
      Set<String> ids = new HashSet<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT storage_id FROM evidence")) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      long orphans = 0;
      long partials = 0;
      if (Files.exists(store)) {
        try (Stream<Path> walk = Files.walk(store)) {
          for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            String n = p.getFileName().toString();
            if (n.endsWith(".part")) {
              partials++;
            } else if (!ids.contains(n)) {
              orphans++;
            }
          }
        }
      }
      out.add((orphans + partials == 0 ? "ok   " : "FAIL ") + "orphan files in the evidence store: " + orphans
          + ", partial (.part) files: " + partials);
      try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACT_RU_INCIDENT")) {
        rs.next();
        out.add((rs.getLong(1) == 0 ? "ok   " : "FAIL ") + "Camunda incidents: " + rs.getLong(1));
      }
    }
    return out;
  }

  private String report(long seed, int items, double seconds, List<String> checks) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Hostile input run ").append(Instant.now()).append('\n');
    sb.append(String.format("seed %d, %d items, %d skipped (heavy), %.0f s, %d without an answer%n", seed, items,
        skipped.get(), seconds, noAnswer.get()));
    sb.append("\n| category | verdicts |\n|---|---|\n");
    new TreeMap<>(tally).forEach((cat, m) -> sb.append("| ").append(cat).append(" | ").append(new TreeMap<>(m))
        .append(" |\n"));
    sb.append("\nChecks after the run:\n");
    checks.forEach(c -> sb.append("- ").append(c).append('\n'));
    sb.append("\nFailing items (").append(failures.size()).append("; replay one with --only=<index>):\n");
    List<String> sorted = new ArrayList<>(failures);
    sorted.sort(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.split("\t")[0])));
    Map<String, List<String>> byKind = new TreeMap<>();
    for (String f : sorted) {
      String[] p = f.split("\t", 4);
      String[] label = p[1].split(":", 3);
      String kind = label.length > 1 ? label[0] + ":" + label[1] : p[1];
      byKind.computeIfAbsent(p[2] + " " + kind, k -> new ArrayList<>()).add(p[0]);
    }
    byKind.forEach((k, idx) -> sb.append("- ").append(idx.size()).append(" × ").append(k).append(" (e.g. --only=")
        .append(String.join(",", idx.subList(0, Math.min(3, idx.size())))).append(")\n"));
    sb.append("\nFirst failing items in full (index, label, verdict, answer):\n");
    sorted.stream().limit(80).forEach(f -> sb.append("  ").append(f.replace('\t', ' ')).append('\n'));
    if (!notes.isEmpty()) {
      sb.append("\nLegitimate inputs refused (pass, but worth a look): ").append(notes.size()).append('\n');
      notes.stream().limit(10).forEach(n -> sb.append("  ").append(n).append('\n'));
    }
    return sb.toString();
  }

  private static String line(Item item, String verdict, String detail) {
    return item.index() + "\t" + item.category() + "/" + item.label().replace('\t', ' ') + "\t" + verdict + "\t" + detail;
  }

  private static String snippet(String s) {
    if (s == null) {
      return "";
    }
    String x = s.replaceAll("\\s+", " ");
    return x.length() > 160 ? x.substring(0, 160) + "…" : x;
  }

  static Map<String, String> args(String[] argv) {
    Map<String, String> m = new TreeMap<>();
    for (String s : argv) {
      if (s.startsWith("--")) {
        int eq = s.indexOf('=');
        m.put(eq < 0 ? s.substring(2) : s.substring(2, eq), eq < 0 ? "" : s.substring(eq + 1));
      }
    }
    return m;
  }
}
