package org.greenwhistle.bench.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;

/** B1 (c): closed loop of {@code RuntimeService.startProcessInstanceByKey} from N threads, warm-up then measure. */
final class InProcessStarts {
  private InProcessStarts() {
  }

  static void run(ConfigurableApplicationContext context, int threads, int warmupSeconds, int measureSeconds,
                  String outCsv) throws InterruptedException {
    RuntimeService runtime = context.getBean(RuntimeService.class);
    AtomicLong ids = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + measureSeconds * 1_000_000_000L;
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[threads];
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int index = t;
      perThread.add(new long[0]);
      Thread worker = new Thread(() -> {
        long[] latencies = new long[16_384];
        int n = 0;
        while (true) {
          long id = ids.incrementAndGet();
          long t0 = System.nanoTime();
          if (t0 >= end) {
            break;
          }
          try {
            runtime.startProcessInstanceByKey("bench-one-task", "BENCH" + id,
                Map.of("reportId", id, "regionCode", "510311", "wantsReward", false));
          } catch (RuntimeException e) {
            errors.incrementAndGet();
            continue;
          }
          long t1 = System.nanoTime();
          if (t0 >= measureFrom && t1 <= end) {
            if (n == latencies.length) {
              latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = t1 - t0;
          }
        }
        synchronized (perThread) {
          perThread.set(index, latencies);
          counts[index] = n;
        }
      }, "inprocess-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    int total;
    synchronized (perThread) {
      total = Arrays.stream(counts).sum();
    }
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < threads; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    double throughput = total / (double) measureSeconds;
    String line = String.format(Locale.ROOT, "%s,B1c,inprocess-runtimeservice,%d,%d,%d.0,%d,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%d",
        Instant.now(), threads, warmupSeconds, measureSeconds, total, throughput, ms(all, 0.50), ms(all, 0.90),
        ms(all, 0.95), ms(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, errors.get());
    System.out.println("RESULT " + line);
    try {
      Path out = Path.of(outCsv);
      if (!Files.exists(out)) {
        Files.writeString(out, "timestamp,benchmark,target,clients,warmup_s,measure_s,ops,throughput_per_s,p50_ms,"
            + "p90_ms,p95_ms,p99_ms,max_ms,errors\n", StandardOpenOption.CREATE);
      }
      Files.writeString(out, line + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
