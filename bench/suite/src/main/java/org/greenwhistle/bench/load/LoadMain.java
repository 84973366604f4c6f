package org.greenwhistle.bench.load;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.Results;

/**
 * B1 client: N virtual users in a closed loop (each waits for its answer, then sends the next request), a warm-up
 * phase that is not recorded, then a measured phase. Bounded in time and count; traffic only to the given URL
 * (loopback).
 *
 * <pre>
 *   --target=reports      POST {url}/api/v1/reports: multipart, part report (JSON) + one ~100 KB JPEG part evidence,
 *                         random Idempotency-Key; 201 expected                                  (B1)
 *   --target=engine-rest  POST {url}/engine-rest/process-definition/key/bench-one-task/start; 200 expected  (B1 b)
 *   --target=jdbc         single-row INSERT + COMMIT on its own connection per user, --jdbc-url  (B1 a)
 *   --clients=N --warmup=S --measure=S --out=results.csv [--jpeg-bytes=102400] [--label=…]
 * </pre>
 */
public final class LoadMain {
  private static final String[] COUNTIES = {"510311", "510104", "510107", "510302", "510303", "510304", "510182",
      "511502", "500236", "500101", "330106", "440305"};
  private static final String[] CATEGORIES = {"AIR", "WATER", "NOISE", "SOLID_WASTE", "HAZARDOUS_WASTE", "SOIL",
      "ECOLOGY"};
  private static final long MAX_OPS = 5_000_000;

  interface Operation {
    /** One request; true when the answer was the expected success. */
    boolean call() throws Exception;
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String target = args.get("target", "reports");
    String url = args.get("url", "http://127.0.0.1:8080");
    int clients = args.integer("clients", 8);
    int warmup = args.integer("warmup", 60);
    int measure = args.integer("measure", 60);
    Path out = Path.of(args.get("out", "bench/results/b1.csv"));
    List<byte[]> jpegs = target.equals("reports")
        ? Jpegs.noise(32, args.integer("jpeg-bytes", 100 * 1024), 42) : List.of();
    if (!jpegs.isEmpty()) {
      System.err.printf("photos: %d distinct JPEGs of %d..%d bytes%n", jpegs.size(),
          jpegs.stream().mapToInt(b -> b.length).min().orElse(0), jpegs.stream().mapToInt(b -> b.length).max().orElse(0));
    }
    AtomicLong ops = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong lastError = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + warmup * 1_000_000_000L;
    long end = measureFrom + measure * 1_000_000_000L;
    Results results = new Results();
    List<Thread> users = new ArrayList<>();
    for (int u = 0; u < clients; u++) {
      Operation op = switch (target) {
        case "reports" -> reports(url, jpegs, errors, lastError);
        case "engine-rest" -> engineRest(url);
        case "jdbc" -> jdbc(args.get("jdbc-url", "jdbc:mysql://127.0.0.1:3306/jdbc_bench"), args.get("jdbc-user", "root"),
            args.get("jdbc-password", ""));
        default -> throw new IllegalArgumentException("unknown target " + target);
      };
      Thread user = new Thread(() -> {
        Results mine = new Results();
        while (ops.incrementAndGet() < MAX_OPS) {
          long t0 = System.nanoTime();
          if (t0 >= end) {
            break;
          }
          boolean ok;
          try {
            ok = op.call();
          } catch (Exception e) {
            ok = false;
            if (errors.get() < 5) {
              System.err.println("error: " + e);
            }
          }
          long t1 = System.nanoTime();
          if (!ok) {
            errors.incrementAndGet();
            continue;
          }
          if (t0 >= measureFrom && t1 <= end) {
            mine.add(t1 - t0);
          }
        }
        results.addAll(mine);
        if (op instanceof AutoCloseable c) {
          try {
            c.close();
          } catch (Exception ignored) {
            // the run is over
          }
        }
      }, "user-" + u);
      users.add(user);
      user.start();
    }
    Thread progress = new Thread(() -> {
      try {
        while (true) {
          Thread.sleep(10_000);
          double s = (System.nanoTime() - start) / 1e9;
          System.err.printf("  %4.0f s  %s  requests so far %d, errors %d%n", s, s < warmup ? "warm-up" : "measure",
              ops.get(), errors.get());
        }
      } catch (InterruptedException e) {
        // done
      }
    });
    progress.setDaemon(true);
    progress.start();
    for (Thread u : users) {
      u.join();
    }
    progress.interrupt();
    String bench = switch (target) {
      case "reports" -> "B1";
      case "engine-rest" -> "B1b";
      default -> "B1a";
    };
    results.report(bench, args.get("label", target), clients, warmup, measure, errors.get(), out);
  }

  private static Operation reports(String url, List<byte[]> jpegs, AtomicLong errors, AtomicLong lastError) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    URI uri = URI.create(url + "/api/v1/reports");
    return () -> {
      ThreadLocalRandom r = ThreadLocalRandom.current();
      String boundary = "----bench" + Long.toHexString(r.nextLong());
      String json = """
          {"categories":["%s"],"targetName":"某化工厂 %d","regionCode":"%s","address":"工业园 %d 号",
           "latitude":29.27,"longitude":104.87,"observedAt":"%s","ongoing":true,
           "description":"夜间排放刺鼻气体，河道有黑色污水流出，持续数日。编号 %d","anonymous":true,"wantsReward":false}
          """.formatted(CATEGORIES[r.nextInt(CATEGORIES.length)], r.nextInt(10_000),
          COUNTIES[r.nextInt(COUNTIES.length)], r.nextInt(1000),
          OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(2).withNano(0), r.nextInt(1_000_000));
      ByteArrayOutputStream body = new ByteArrayOutputStream(110_000);
      part(body, boundary, "report", "report.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
      part(body, boundary, "evidence", "photo.jpg", "image/jpeg", jpegs.get(r.nextInt(jpegs.size())));
      body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .header("Idempotency-Key", UUID.randomUUID().toString())
          .header("Accept-Language", "zh-CN")
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201 && lastError.getAndIncrement() < 3) {
        System.err.println("HTTP " + response.statusCode() + ": " + response.body());
      }
      return response.statusCode() == 201;
    };
  }

  private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String type,
                           byte[] content) {
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
        + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  private static Operation engineRest(String url) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    URI uri = URI.create(url + "/engine-rest/process-definition/key/bench-one-task/start");
    AtomicLong lastError = new AtomicLong();
    return () -> {
      long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
      String json = """
          {"businessKey":"B%d","variables":{"reportId":{"value":%d,"type":"Long"},
           "regionCode":{"value":"510311","type":"String"},"wantsReward":{"value":false,"type":"Boolean"}}}
          """.formatted(id, id);
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json)).build();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200 && lastError.getAndIncrement() < 3) {
        System.err.println("HTTP " + response.statusCode() + ": " + response.body());
      }
      return response.statusCode() == 200;
    };
  }

  /** One connection per virtual user, READ COMMITTED like the app's pool, autocommit off: INSERT then COMMIT. */
  private static Operation jdbc(String url, String user, String password) throws SQLException {
    Connection c = DriverManager.getConnection(url, user, password);
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS bench_insert (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, "
          + "created_at TIMESTAMP(3) NOT NULL, payload VARCHAR(200) NOT NULL) ENGINE=InnoDB");
    }
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    c.setAutoCommit(false);
    PreparedStatement insert = c.prepareStatement("INSERT INTO bench_insert (created_at, payload) VALUES (NOW(3), ?)");
    class JdbcOperation implements Operation, AutoCloseable {
      @Override
      public boolean call() throws Exception {
        insert.setString(1, "payload " + ThreadLocalRandom.current().nextLong());
        insert.executeUpdate();
        c.commit();
        return true;
      }

      @Override
      public void close() throws SQLException {
        c.close();
      }
    }
    return new JdbcOperation();
  }
}
