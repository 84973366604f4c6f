package org.greenwhistle.bench.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.Results;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * B5: a citizen on a phone. Loads each page in headless Chromium (390 × 844 window) with the network of Lighthouse's
 * "Slow 4G" (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up; the figures of the measurement script),
 * optionally with the CPU slowed down N times, once with an empty cache (fresh browser profile, no cookie) and once
 * again in the same browser (repeat visit: cache and session cookie kept).
 *
 * <p>"Usable" is the first moment, counted from the navigation start ({@code performance.now()} in the page), when
 * the page's own view element is in the document and upgraded (its web component defined) and no Vaadin client has a
 * request to the server in flight ({@code Vaadin.Flow.clients[*].isActive()}, the check TestBench waits on). A
 * script added before the page's own scripts polls that every 10 ms, so WebDriver's own round trips do not count.
 * Bytes are the encoded (on the wire, headers included) sizes of every request that finished until 1.5 s after the
 * page was usable ({@code data:} URLs, which cross no network, left out). One CSV line per page, CPU factor and run; for the first run of each page and factor the requests
 * of both visits are listed (URL, status, bytes, encoding, Cache-Control) in the requests file.
 *
 * <pre>--url=http://127.0.0.1:18080 --pages=/=#portal-report,/report=#submit-report --cpu=1,4 --runs=3
 * --out=bench/results/b5.csv --requests=bench/results/b5-requests.txt</pre>
 */
public final class PhoneMain {
  /** {@code *_requests}: requests that reached the server (not answered from the browser's cache). */
  public static final String HEADER = "timestamp,benchmark,label,page,cpu,run,first_s,first_kB,first_requests,"
      + "repeat_s,repeat_kB,repeat_requests,loadavg";

  /** Sets window.__b5Usable (ms since navigation start) once the view is there and the server idle. */
  private static final String PROBE = """
      (() => {
        const selector = %s;
        const timer = setInterval(() => {
          const el = document.querySelector(selector);
          if (!el || (el.localName.includes('-') && !customElements.get(el.localName))) return;
          const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
          if (!flow || Object.keys(flow).length === 0) return;
          for (const c in flow) { if (flow[c].isActive && flow[c].isActive()) return; }
          window.__b5Usable = performance.now();
          clearInterval(timer);
        }, 10);
      })();""";

  private PhoneMain() {
  }

  public static void main(String[] argv) throws Exception {
    Args args = new Args(argv);
    String base = args.get("url", "http://127.0.0.1:18080");
    Map<String, String> pages = new LinkedHashMap<>();
    for (String p : args.get("pages", "/=#portal-report,/report=#submit-report,/follow-up=#follow-up-open")
        .split(",")) {
      pages.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
    }
    int runs = args.integer("runs", 3);
    String label = args.get("label", "");
    Path out = Path.of(args.get("out", "bench/results/b5.csv"));
    Path requests = Path.of(args.get("requests", "bench/results/b5-requests.txt"));
    Files.createDirectories(requests.toAbsolutePath().getParent());
    List<String> detail = new ArrayList<>();
    int failures = 0;
    for (String cpuArg : args.get("cpu", "1,4").split(",")) {
      double cpu = Double.parseDouble(cpuArg);
      for (Map.Entry<String, String> page : pages.entrySet()) {
        for (int run = 1; run <= runs; run++) {
          ChromeDriver driver = start(cpu, args);
          try {
            Visit first = visit(driver, base + page.getKey(), page.getValue());
            Visit repeat = visit(driver, base + page.getKey(), page.getValue());
            String line = String.format(Locale.ROOT, "%s,B5,%s,%s,%.0f,%d,%.2f,%d,%d,%.2f,%d,%d,%s", Instant.now(), label,
                page.getKey(), cpu, run, first.seconds, Math.round(first.bytes / 1024.0), first.network,
                repeat.seconds, Math.round(repeat.bytes / 1024.0), repeat.network, loadAverage());
            System.out.println("RESULT " + line);
            Results.append(out, HEADER, line);
            if (run == 1) {
              detail.add(String.format(Locale.ROOT, "== %s %s cpu %.0fx: first visit %.2f s %d kB", label, page.getKey(),
                  cpu, first.seconds, Math.round(first.bytes / 1024.0)));
              detail.addAll(first.requests);
              detail.add(String.format(Locale.ROOT, "== %s %s cpu %.0fx: repeat visit %.2f s %d kB", label,
                  page.getKey(), cpu, repeat.seconds, Math.round(repeat.bytes / 1024.0)));
              detail.addAll(repeat.requests);
            }
          } catch (RuntimeException e) {
            failures++;
            System.out.println("FAILED " + page.getKey() + " cpu " + cpu + " run " + run + ": " + e);
          } finally {
            driver.quit();
          }
        }
      }
    }
    Files.write(requests, detail);
    System.exit(failures == 0 ? 0 : 1);
  }

  private static ChromeDriver start(double cpu, Args args) {
    ChromeOptions o = new ChromeOptions();
    o.setBinary(args.get("chromium", "/usr/bin/chromium"));
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=390,844", "--lang=zh-CN");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new java.io.File(args.get("chromedriver", "/usr/bin/chromedriver"))).build();
    ChromeDriver driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
        "downloadThroughput", 1.6e6 / 8, "uploadThroughput", 750e3 / 8));
    if (cpu > 1) {
      driver.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", cpu));
    }
    return driver;
  }

  /** {@code network}: requests that went to the server (not answered from the browser's cache). */
  private record Visit(double seconds, long bytes, int network, List<String> requests) {
  }

  private static Visit visit(ChromeDriver driver, String url, String selector) throws InterruptedException {
    driver.manage().logs().get(LogType.PERFORMANCE); // drop what came before
    Object script = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", PROBE.formatted(new Json().toJson(selector))));
    driver.get(url);
    Object usable = null;
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (usable == null && System.nanoTime() < deadline) {
      usable = driver.executeScript("return window.__b5Usable === undefined ? null : window.__b5Usable");
      if (usable == null) {
        Thread.sleep(50);
      }
    }
    driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
        Map.of("identifier", ((Map<?, ?>) script).get("identifier")));
    if (usable == null) {
      throw new IllegalStateException(url + ": " + selector + " not usable within 90 s");
    }
    Thread.sleep(1500); // what the page still loads right after it became usable counts too
    Map<String, String[]> byId = new LinkedHashMap<>();
    double start = -1;
    long bytes = 0;
    Json json = new Json();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      Map<String, Object> m = json.toType(e.getMessage(), Map.class);
      Map<?, ?> message = (Map<?, ?>) m.get("message");
      String method = (String) message.get("method");
      Map<?, ?> p = (Map<?, ?>) message.get("params");
      if ("Network.requestWillBeSent".equals(method)) {
        Map<?, ?> request = (Map<?, ?>) p.get("request");
        if (String.valueOf(request.get("url")).startsWith("data:")) {
          continue; // inlined in a stylesheet or script: nothing crosses the network
        }
        double at = ((Number) p.get("timestamp")).doubleValue();
        start = start < 0 ? at : start;
        // what a UI request asks the server for (rpc type, event or property): why the round trip happens
        String body = request.get("postData") == null ? "" : " " + rpcSummary(String.valueOf(request.get("postData")));
        byId.put((String) p.get("requestId"), new String[] {(String) request.get("method") + " " + request.get("url")
            + body, "", "", "", "", String.format(Locale.ROOT, "%5.2f", at - start), ""});
      } else if ("Network.responseReceived".equals(method)) {
        String[] r = byId.get((String) p.get("requestId"));
        Map<?, ?> response = (Map<?, ?>) p.get("response");
        if (r != null) {
          Map<String, Object> headers = lower((Map<?, ?>) response.get("headers"));
          r[1] = String.valueOf(((Number) response.get("status")).intValue());
          r[2] = String.valueOf(headers.getOrDefault("content-encoding", "-"));
          r[3] = String.valueOf(headers.getOrDefault("cache-control", "-"));
          r[4] = r[4].isEmpty() ? "net" : r[4];
        }
      } else if ("Network.requestServedFromCache".equals(method)) {
        String[] r = byId.get((String) p.get("requestId"));
        if (r != null) {
          r[4] = "cache";
        }
      } else if ("Network.loadingFinished".equals(method)) {
        String[] r = byId.get((String) p.get("requestId"));
        long size = ((Number) p.get("encodedDataLength")).longValue();
        bytes += r != null ? size : 0;
        if (r != null) {
          r[4] = r[4] + " " + size;
          r[6] = String.format(Locale.ROOT, "%5.2f", ((Number) p.get("timestamp")).doubleValue() - start);
        }
      }
    }
    List<String> list = new ArrayList<>();
    int network = 0;
    for (String[] r : byId.values()) {
      network += r[4].startsWith("net") ? 1 : 0;
      list.add(String.format(Locale.ROOT, "  %s→%s s  %s  status=%s bytes=%s encoding=%s cache-control=%s", r[5], r[6],
          shorten(r[0]), r[1], r[4], r[2], r[3]));
    }
    return new Visit(((Number) usable).doubleValue() / 1000.0, bytes, network, list);
  }

  private static final java.util.regex.Pattern RPC = java.util.regex.Pattern.compile(
      "\"(?:type|event|property)\":\"([^\"]+)\"");

  private static String rpcSummary(String postData) {
    java.util.regex.Matcher m = RPC.matcher(postData);
    List<String> parts = new ArrayList<>();
    while (m.find()) {
      parts.add(m.group(1));
    }
    return "[" + String.join(" ", parts) + "]";
  }

  private static Map<String, Object> lower(Map<?, ?> headers) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (headers != null) {
      headers.forEach((k, v) -> m.put(String.valueOf(k).toLowerCase(Locale.ROOT), v));
    }
    return m;
  }

  private static String shorten(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "";
    }
  }
}
