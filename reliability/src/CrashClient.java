import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.greenwhistle.reliability.HostileCorpus;

/**
 * The retrying client of the crash test: THREADS threads submit COUNT reports, each with its own Idempotency-Key and
 * 1–3 distinct noisy JPEGs (50–400 KB), and retry with the same key on connection errors and 5xx (back-off up to 3 s) until they get an
 * answer or GIVE_UP seconds pass. Every 201 goes to the ledger (one line, flushed at once) with the files' SHA-256;
 * one in ten acknowledged submissions is sent once more, as a client that lost the answer would, and the replayed
 * receipt must be the same. Progress (acknowledged count) goes to PROGRESS so the script knows when to kill the app.
 *
 * <pre>
 * java CrashClient --port=18281 --run=r1 --count=300 --threads=4 --ledger=FILE --progress=FILE [--give-up=600]
 * </pre>
 * Ledger lines: {@code ACK <i> <key> <trackingCode> <attempts> <replayed> <sha256,sha256,...>}, {@code REPLAY_MISMATCH
 * <i> <key> <code1> <code2>}, {@code REFUSED <i> <key> <status> <body>}, {@code GAVE_UP <i> <key>}.
 */
public class CrashClient {
  private final int port;
  private final String run;
  private final PrintWriter ledger;
  private final Path progress;
  private final long giveUpMillis;
  private final AtomicInteger acknowledged = new AtomicInteger();
  private final AtomicInteger retries = new AtomicInteger();
  private final AtomicInteger connectionErrors = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final AtomicLong lastProgressWrite = new AtomicLong();
  private final Map<String, Integer> statuses = new ConcurrentHashMap<>();

  CrashClient(int port, String run, PrintWriter ledger, Path progress, long giveUpMillis) {
    this.port = port;
    this.run = run;
    this.ledger = ledger;
    this.progress = progress;
    this.giveUpMillis = giveUpMillis;
  }

  public static void main(String[] argv) throws Exception {
    Map<String, String> a = HostileRun.args(argv);
    int count = Integer.parseInt(a.getOrDefault("count", "300"));
    int threads = Integer.parseInt(a.getOrDefault("threads", "4"));
    Path ledgerFile = Path.of(a.get("ledger"));
    try (PrintWriter ledger = new PrintWriter(Files.newBufferedWriter(ledgerFile, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
      CrashClient client = new CrashClient(Integer.parseInt(a.getOrDefault("port", "18281")), a.getOrDefault("run", "r"),
          ledger, Path.of(a.get("progress")), Long.parseLong(a.getOrDefault("give-up", "600")) * 1000);
      AtomicInteger next = new AtomicInteger();
      List<Thread> workers = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        Thread w = new Thread(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            client.submission(i);
          }
        });
        w.start();
        workers.add(w);
      }
      for (Thread w : workers) {
        w.join();
      }
      client.writeProgress(true);
      System.out.printf("client: %d submissions, %d acknowledged, %d retries (%d connection errors, %d × 5xx), "
              + "answers %s, %.0f s%n", count, client.acknowledged.get(), client.retries.get(),
          client.connectionErrors.get(), client.serverErrors.get(), client.statuses, (System.nanoTime() - t0) / 1e9);
    }
  }

  private void submission(int i) {
    Random r = new Random(run.hashCode() * 31L + i);
    String key = "crash-" + run + "-" + i;
    Map<String, Object> report = HostileCorpus.validReport(r);
    report.put("description", "崩溃测试 " + key + " 夜间排放刺鼻气体，河道有黑色污水流出。");
    List<HostileCorpus.Part> parts = new ArrayList<>();
    parts.add(new HostileCorpus.Part("report", "report.json", "application/json",
        HostileCorpus.json(report).getBytes(StandardCharsets.UTF_8)));
    List<String> hashes = new ArrayList<>();
    int files = 1 + r.nextInt(3);
    for (int f = 0; f < files; f++) {
      byte[] jpeg = jpeg(r, key + "/" + f);
      hashes.add(sha256(jpeg));
      parts.add(HostileCorpus.evidence("photo-" + f + ".jpg", "image/jpeg", jpeg));
    }
    String boundary = "----gwCrash" + i;
    byte[] body = HostileCorpus.multipartBody(boundary, parts);
    long deadline = System.currentTimeMillis() + giveUpMillis;
    int attempts = 0;
    String code = null;
    boolean replayed = false;
    while (System.currentTimeMillis() < deadline) {
      attempts++;
      try {
        Http.Response resp = Http.send("127.0.0.1", port, "POST", HostileCorpus.REPORTS,
            List.<String[]>of(new String[] {"Idempotency-Key", key}), "multipart/form-data; boundary=" + boundary, body, 60_000);
        statuses.merge(String.valueOf(resp.status()), 1, Integer::sum);
        if (resp.status() == 201) {
          code = Http.field(resp.text(), "trackingCode");
          replayed = "true".equals(resp.header("idempotent-replayed"));
          break;
        }
        if (resp.status() < 500) {
          ledger.println("REFUSED " + i + " " + key + " " + resp.status() + " " + resp.text().replaceAll("\\s+", " "));
          return;
        }
        serverErrors.incrementAndGet();
      } catch (IOException e) {
        connectionErrors.incrementAndGet();
      }
      retries.incrementAndGet();
      sleep(Math.min(3000, 250L * attempts));
    }
    if (code == null) {
      ledger.println("GAVE_UP " + i + " " + key);
      return;
    }
    ledger.println("ACK " + i + " " + key + " " + code + " " + attempts + " " + replayed + " " + String.join(",", hashes));
    acknowledged.incrementAndGet();
    writeProgress(false);
    if (r.nextInt(10) == 0) {
      // the answer "was lost": the same submission again must replay the same receipt
      for (int attempt = 0; attempt < 40; attempt++) {
        try {
          Http.Response again = Http.send("127.0.0.1", port, "POST", HostileCorpus.REPORTS,
              List.<String[]>of(new String[] {"Idempotency-Key", key}), "multipart/form-data; boundary=" + boundary, body, 60_000);
          if (again.status() == 201) {
            String second = Http.field(again.text(), "trackingCode");
            if (!code.equals(second)) {
              ledger.println("REPLAY_MISMATCH " + i + " " + key + " " + code + " " + second);
            }
            return;
          }
        } catch (IOException e) {
          connectionErrors.incrementAndGet();
        }
        sleep(1000);
      }
    }
  }

  private void writeProgress(boolean force) {
    long now = System.currentTimeMillis();
    if (force || now - lastProgressWrite.get() > 200) {
      lastProgressWrite.set(now);
      try {
        Path tmp = progress.resolveSibling(progress.getFileName() + ".tmp");
        Files.writeString(tmp, acknowledged.get() + "\n");
        Files.move(tmp, progress, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // progress is advisory
      }
    }
  }

  /** A photo-like JPEG (noise compresses badly: 50–400 KB) that is unique to the submission. */
  private static byte[] jpeg(Random r, String text) {
    int w = 200 + r.nextInt(500);
    int h = 150 + r.nextInt(350);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        img.setRGB(x, y, r.nextInt(0xFFFFFF));
      }
    }
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.drawString(text, 4, h / 2);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(img, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
