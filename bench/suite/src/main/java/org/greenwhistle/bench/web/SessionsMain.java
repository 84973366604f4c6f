package org.greenwhistle.bench.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenwhistle.bench.Args;
import org.greenwhistle.bench.Results;

/**
 * B4: opens N Vaadin sessions of the report form the way a browser's first visit does, without a browser: a fresh
 * cookie jar per session, {@code GET /report} (the bootstrap page; creates the HTTP session), then Vaadin's init
 * request {@code GET /?v-r=init&location=report} (creates the UI and the report form's component tree and answers
 * with its UIDL). The sessions stay open on the server (30-minute idle timeout); this client keeps nothing alive.
 * Bounded: N sessions, then it stops.
 *
 * <pre>--url=http://127.0.0.1:8080 --sessions=1000 --parallel=4 --out=bench/results/b4-sessions.csv</pre>
 */
public final class SessionsMain {
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
        // one connection per worker, a fresh cookie jar (the Cookie header) per session
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
        while (next.getAndIncrement() < sessions) {
          try {
            long t0 = System.nanoTime();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url + "/report"))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
            String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0]).toList());
            HttpResponse<String> init = http.send(HttpRequest.newBuilder(URI.create(url
                    + "/?v-r=init&location=report&query=&v-bw=390&v-bh=844&v-sw=390&v-sh=844&v-wn=bench&v-tzo=-480"
                    + "&v-tz=Asia%2FShanghai&v-dstd=0&v-rtzo=-480&v-dston=false&v-curdate=" + System.currentTimeMillis()))
                .header("Accept-Language", "zh-CN").header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            long t1 = System.nanoTime();
            boolean good = cookies.contains("JSESSIONID") && page.statusCode() == 200 && init.statusCode() == 200 && init.body().contains("\"uidl\"")
                && init.body().contains("Vaadin-Security-Key");
            if (good) {
              ok.incrementAndGet();
              latencies.add(t1 - t0);
            } else if (failed.getAndIncrement() < 3) {
              System.err.println("unexpected answer: " + page.statusCode() + " / " + init.statusCode() + " "
                  + init.body().substring(0, Math.min(300, init.body().length())));
            }
          } catch (Exception e) {
            if (failed.getAndIncrement() < 3) {
              System.err.println("error: " + e);
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
    System.err.printf("sessions opened: %d ok, %d failed in %.1f s%n", ok.get(), failed.get(), seconds);
    latencies.report("B4", "vaadin-init-report", parallel, 0, seconds, failed.get(), out);
    System.exit(failed.get() == 0 ? 0 : 1);
  }
}
