package org.greenwhistle.bench.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.Results;

/**
 * B4: opens N Vaadin sessions of the report form the way a browser's first visit does (Vaadin 24.9, React router;
 * requests as captured from headless Chromium), without a browser, one fresh cookie jar per session:
 * <ol>
 *   <li>{@code GET /report}: the bootstrap page; creates the HTTP session.</li>
 *   <li>{@code GET /?v-r=init&location=report&query=}: creates the UI only (no view: the answer holds the UI's
 *       {@code ui-navigate} listener, the {@code Vaadin-Security-Key} and {@code syncId}/{@code clientId}).</li>
 *   <li>{@code POST /?v-r=uidl&v-uiId=<id>} with the {@code ui-navigate} DOM event on the UI's root node (node 1),
 *       as the browser's router sends it: this builds {@code ReportView} in {@code MainLayout} and answers with the
 *       form's component tree.</li>
 * </ol>
 * Each session is checked: the navigation answer must contain element ids that only {@code ReportView} sets
 * ({@code report-heading}, {@code submit-report}); otherwise the session counts as failed, the first answers are
 * printed and the exit code is 1. The browser's later messages (initial web-component property syncs, heartbeats)
 * are not sent. The sessions stay open on the server (30-minute idle timeout); this client keeps nothing alive.
 * Bounded: N sessions, then it stops.
 *
 * <pre>--url=http://127.0.0.1:8080 --sessions=1000 --parallel=4 --out=bench/results/b4-sessions.csv</pre>
 */
public final class SessionsMain {
  private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
  private static final Pattern CSRF = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(-?\\d+)");
  private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
  /** Element ids only the report form sets: proof that ReportView was built for this UI. */
  private static final List<String> REPORT_VIEW_MARKERS = List.of("\"report-heading\"", "\"submit-report\"");

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String url = args.get("url", "http://127.0.0.1:8080");
    int sessions = args.integer("sessions", 1000);
    int parallel = args.integer("parallel", 4);
    Path out = Path.of(args.get("out", "bench/results/b4-sessions.csv"));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    Results latencies = new Results();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < parallel; t++) {
      Thread thread = new Thread(() -> {
        // one connection per worker, a fresh cookie jar per session
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        while (next.getAndIncrement() < sessions) {
          try {
            long t0 = System.nanoTime();
            openReportForm(http, url);
            long t1 = System.nanoTime();
            ok.incrementAndGet();
            latencies.add(t1 - t0);
          } catch (Exception e) {
            if (failed.getAndIncrement() < 3) {
              System.err.println("session failed: " + e);
            }
          }
        }
      }, "session-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.err.printf("report-form sessions: %d ok (ReportView built), %d failed in %.1f s%n", ok.get(),
        failed.get(), seconds);
    latencies.report("B4", "vaadin-report-view", parallel, 0, seconds, failed.get(), out);
    if (failed.get() > 0) {
      System.err.println("FAILED: " + failed.get() + " of " + sessions + " sessions did not build the report form");
    }
    System.exit(failed.get() == 0 ? 0 : 1);
  }

  /** One browser visit of /report; throws unless the answer shows the report form built on the server. */
  static void openReportForm(HttpClient http, String url) throws IOException, InterruptedException {
    Map<String, String> jar = new LinkedHashMap<>();
    HttpResponse<String> page = send(http, jar, HttpRequest.newBuilder(URI.create(url + "/report"))
        .header("Accept", "text/html").GET());
    expect(page.statusCode() == 200 && jar.containsKey("JSESSIONID"), "bootstrap page", page);

    HttpResponse<String> init = send(http, jar, HttpRequest.newBuilder(
        URI.create(url + "/?v-r=init&location=report&query=")).header("Accept", "*/*").GET());
    String initBody = init.body();
    expect(init.statusCode() == 200 && initBody.contains("\"uidl\"") && initBody.contains("\"ui-navigate\""),
        "init request", init);
    String uiId = find(UI_ID, initBody, "v-uiId", init);
    String csrf = find(CSRF, initBody, "Vaadin-Security-Key", init);
    String syncId = find(SYNC_ID, initBody, "syncId", init);
    String clientId = find(CLIENT_ID, initBody, "clientId", init);

    // what the browser's router sends on the first server route (Flow.tsx/Flow.js flowNavigate, trigger "" = page load)
    String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
        + "\"data\":{\"route\":\"/report\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
        + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    HttpResponse<String> uidl = send(http, jar, HttpRequest.newBuilder(
            URI.create(url + "/?v-r=uidl&v-uiId=" + uiId)).header("Accept", "*/*")
        .header("Content-Type", "application/json; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(navigate)));
    String body = uidl.body();
    boolean built = uidl.statusCode() == 200 && body.startsWith("for(;;);")
        && REPORT_VIEW_MARKERS.stream().allMatch(body::contains);
    expect(built, "ui-navigate round trip (no ReportView in the answer)", uidl);
  }

  private static HttpResponse<String> send(HttpClient http, Map<String, String> jar, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    request.header("Accept-Language", "zh-CN");
    if (!jar.isEmpty()) {
      request.header("Cookie", String.join("; ", jar.entrySet().stream()
          .map(c -> c.getKey() + "=" + c.getValue()).toList()));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String setCookie : response.headers().allValues("Set-Cookie")) {
      String pair = setCookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0) {
        jar.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return response;
  }

  private static String find(Pattern pattern, String body, String what, HttpResponse<String> response) {
    Matcher m = pattern.matcher(body);
    expect(m.find(), "init request without " + what, response);
    return m.group(1);
  }

  private static void expect(boolean condition, String step, HttpResponse<String> response) {
    if (!condition) {
      String body = response.body();
      throw new IllegalStateException(step + ": HTTP " + response.statusCode() + " " + response.request().uri()
          + " " + body.substring(0, Math.min(300, body.length())).replace('\n', ' '));
    }
  }
}
