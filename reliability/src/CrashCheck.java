import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checker of the crash test: compares the client's ledger with the database and the evidence store.
 * Every acknowledged submission must exist exactly once, with all its files (SHA-256 as sent) and a running
 * {@code report-handling} instance; no report without process, no process without report, no orphan or partial
 * file, no evidence row without its file, zero incidents. Prints the figures; exit 1 on any loss, duplicate,
 * orphan, inconsistency or incident.
 *
 * <pre>java CrashCheck --ledger=FILE --db=gw_crash --evidence-dir=DIR [--tmp-dir=DIR] [--out=FILE]</pre>
 */
public class CrashCheck {
  public static void main(String[] argv) throws Exception {
    Map<String, String> a = HostileRun.args(argv);
    Map<String, String[]> acks = new HashMap<>(); // key -> ACK fields
    int submitted = 0;
    int refused = 0;
    int gaveUp = 0;
    int replayMismatch = 0;
    Set<Integer> seen = new HashSet<>();
    for (String line : Files.readAllLines(Path.of(a.get("ledger")), StandardCharsets.UTF_8)) {
      String[] f = line.split(" ");
      if (f.length < 3) {
        continue;
      }
      seen.add(Integer.parseInt(f[1]));
      switch (f[0]) {
        case "ACK" -> acks.put(f[2], f);
        case "REFUSED" -> refused++;
        case "GAVE_UP" -> gaveUp++;
        case "REPLAY_MISMATCH" -> replayMismatch++;
        default -> { }
      }
    }
    submitted = seen.size();
    Pattern marker = Pattern.compile("崩溃测试 (crash-\\S+)");
    String url = "jdbc:mysql://127.0.0.1:3306/" + a.get("db") + "?serverTimezone=UTC&characterEncoding=UTF-8";
    Path store = Path.of(a.get("evidence-dir"));
    List<String> problems = new ArrayList<>();
    int found = 0;
    int duplicates = 0;
    int lost = 0;
    int missingFiles = 0;
    int wrongFiles = 0;
    int unacknowledged = 0;
    int noProcess = 0;
    int processWithoutReport = 0;
    long incidents;
    int decrypted = 0;
    int notEncrypted = 0;
    int undecryptable = 0;
    long orphans = 0;
    long partials = 0;
    int reports = 0;
    try (Connection c = DriverManager.getConnection(url, "root", "")) {
      Map<String, List<String>> codesByKey = new HashMap<>();
      Map<String, Long> idByCode = new HashMap<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT id, tracking_code, description FROM report")) {
        while (rs.next()) {
          reports++;
          idByCode.put(rs.getString(2), rs.getLong(1));
          Matcher m = marker.matcher(rs.getString(3));
          if (m.find()) {
            codesByKey.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(rs.getString(2));
          }
        }
      }
      Map<Long, List<String[]>> evidence = new HashMap<>();
      Set<String> storageIds = new HashSet<>();
      StoredEvidence stored = new StoredEvidence(store);
      try (ResultSet rs = c.createStatement().executeQuery(
          "SELECT report_id, storage_id, sha256, COALESCE(stored_sha256, sha256) FROM evidence")) {
        while (rs.next()) {
          evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
          storageIds.add(rs.getString(2));
          // every stored file read back through decryption (issue #23): encrypted, and its content has the row's digest
          String id = rs.getString(2);
          if (Files.exists(stored.path(id))) {
            decrypted++;
            if (!stored.encrypted(id)) {
              notEncrypted++;
              problems.add("stored unencrypted: " + id);
            } else if (!rs.getString(4).equals(stored.sha256(id))) {
              undecryptable++;
              problems.add("stored file does not decrypt to its digest: " + id);
            }
          }
        }
      }
      Map<String, Integer> processes = new HashMap<>();
      try (ResultSet rs = c.createStatement().executeQuery("SELECT e.BUSINESS_KEY_ FROM ACT_RU_EXECUTION e "
          + "JOIN ACT_RE_PROCDEF d ON d.ID_ = e.PROC_DEF_ID_ WHERE e.PARENT_ID_ IS NULL AND d.KEY_ = 'report-handling'")) {
        while (rs.next()) {
          processes.merge(String.valueOf(rs.getString(1)), 1, Integer::sum);
        }
      }
      for (var e : codesByKey.entrySet()) {
        if (e.getValue().size() > 1) {
          duplicates += e.getValue().size() - 1;
          problems.add("duplicate: " + e.getKey() + " stored as " + e.getValue());
        }
        if (!acks.containsKey(e.getKey())) {
          unacknowledged++;
        }
      }
      for (var ack : acks.values()) {
        String key = ack[2];
        String code = ack[3];
        List<String> codes = codesByKey.getOrDefault(key, List.of());
        if (!codes.contains(code)) {
          lost++;
          problems.add("lost: " + key + " acknowledged as " + code + ", stored as " + codes);
          continue;
        }
        found++;
        List<String> expected = List.of(ack[6].split(","));
        List<String> actual = new ArrayList<>();
        for (String[] ev : evidence.getOrDefault(idByCode.get(code), List.of())) {
          actual.add(ev[1]);
          String id = ev[0];
          if (!Files.exists(store.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id))) {
            missingFiles++;
            problems.add("evidence row without file: " + code + " " + id);
          }
        }
        if (!new HashSet<>(actual).equals(new HashSet<>(expected)) || actual.size() != expected.size()) {
          wrongFiles++;
          problems.add("files differ: " + code + " expected " + expected.size() + ", stored " + actual.size());
        }
      }
      for (String code : idByCode.keySet()) {
        Integer n = processes.get(code);
        if (n == null) {
          noProcess++;
          problems.add("report without process: " + code);
        } else if (n > 1) {
          problems.add("report with " + n + " processes: " + code);
          duplicates++;
        }
      }
      for (String key : processes.keySet()) {
        if (!idByCode.containsKey(key)) {
          processWithoutReport++;
          problems.add("process without report: business key " + key);
        }
      }
      try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACT_RU_INCIDENT")) {
        rs.next();
        incidents = rs.getLong(1);
      }
      if (Files.exists(store)) {
        try (Stream<Path> walk = Files.walk(store)) {
          for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            String n = p.getFileName().toString();
            if (n.endsWith(".part")) {
              partials++;
              problems.add("partial file: " + store.relativize(p) + " (" + Files.size(p) + " bytes)");
            } else if (!storageIds.contains(n)) {
              orphans++;
              problems.add("orphan file: " + store.relativize(p) + " (" + Files.size(p) + " bytes, "
                  + Files.getLastModifiedTime(p) + ")");
            }
          }
        }
      }
    }
    long temps = 0;
    if (a.containsKey("tmp-dir") && Files.exists(Path.of(a.get("tmp-dir")))) {
      try (Stream<Path> walk = Files.walk(Path.of(a.get("tmp-dir")))) {
        temps = walk.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("gw-upload-") || n.startsWith("upload_")).count();
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("| submitted | acknowledged (201) | found | lost | duplicated | orphan files | partial files "
        + "| reports without process | processes without report | files missing/differing | incidents |%n"));
    sb.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    sb.append(String.format("| %d | %d | %d | %d | %d | %d | %d | %d | %d | %d/%d | %d |%n", submitted, acks.size(), found,
        lost, duplicates, orphans, partials, noProcess, processWithoutReport, missingFiles, wrongFiles, incidents));
    sb.append(String.format("%nreports in the database: %d (stored but never acknowledged: %d); refused by the app: %d; "
            + "gave up: %d; replayed receipt differing: %d; temporary upload files left in the app's tmp dir (informational): %d%n",
        reports, unacknowledged, refused, gaveUp, replayMismatch, temps));
    sb.append(String.format("stored files read back through decryption: %d; not encrypted: %d; not decrypting to their "
        + "digest: %d%n", decrypted, notEncrypted, undecryptable));
    problems.stream().limit(40).forEach(p -> sb.append("  ").append(p).append('\n'));
    System.out.print(sb);
    if (a.containsKey("out")) {
      Files.writeString(Path.of(a.get("out")), sb.toString(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    boolean ok = lost == 0 && duplicates == 0 && orphans == 0 && partials == 0 && noProcess == 0
        && processWithoutReport == 0 && missingFiles == 0 && wrongFiles == 0 && incidents == 0 && replayMismatch == 0
        && refused == 0 && notEncrypted == 0 && undecryptable == 0;
    System.exit(ok ? 0 : 1);
  }
}
