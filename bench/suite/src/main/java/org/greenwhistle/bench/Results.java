package org.greenwhistle.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** Latencies (ns) of one run: percentiles over the sorted raw values, and one CSV line per run. */
public final class Results {
  public static final String HEADER = "timestamp,benchmark,target,clients,warmup_s,measure_s,ops,throughput_per_s,"
      + "p50_ms,p90_ms,p95_ms,p99_ms,max_ms,errors";

  private long[] values = new long[16_384];
  private int size;

  public synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  public synchronized void addAll(Results other) {
    synchronized (other) {
      for (int i = 0; i < other.size; i++) {
        add(other.values[i]);
      }
    }
  }

  public synchronized int size() {
    return size;
  }

  /** The q-quantile (0..1) in milliseconds, nearest-rank. */
  public synchronized double ms(double q) {
    if (size == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int i = (int) Math.min(size - 1, Math.max(0, Math.ceil(q * size) - 1));
    return sorted[i] / 1e6;
  }

  /** Formats the run as a CSV line (see {@link #HEADER}), prints it with a RESULT prefix and appends it to out. */
  public String report(String benchmark, String target, int clients, long warmupSeconds, double measureSeconds,
                       long errors, Path out) {
    String line = String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.1f,%d,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f,%d",
        Instant.now(), benchmark, target, clients, warmupSeconds, measureSeconds, size(), size() / measureSeconds,
        ms(0.50), ms(0.90), ms(0.95), ms(0.99), ms(1.0), errors);
    System.out.println("RESULT " + line);
    append(out, HEADER, line);
    return line;
  }

  public static final String ITERATIONS_HEADER = "timestamp,benchmark,target,warmup_iterations,iterations,wall_s,"
      + "ops_per_s,p50_ms,p90_ms,p95_ms,p99_ms,max_ms";

  /** For single-threaded in-process loops (B2): the same percentiles, counted in iterations. */
  public String reportIterations(String benchmark, String target, int warmupIterations, double wallSeconds, Path out) {
    String line = String.format(Locale.ROOT, "%s,%s,%s,%d,%d,%.2f,%.1f,%.2f,%.2f,%.2f,%.2f,%.2f",
        Instant.now(), benchmark, target, warmupIterations, size(), wallSeconds, size() / wallSeconds,
        ms(0.50), ms(0.90), ms(0.95), ms(0.99), ms(1.0));
    System.out.println("RESULT " + line);
    append(out, ITERATIONS_HEADER, line);
    return line;
  }

  public static void append(Path out, String header, String line) {
    if (out == null) {
      return;
    }
    try {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      if (!Files.exists(out)) {
        Files.writeString(out, header + "\n", StandardOpenOption.CREATE);
      }
      Files.writeString(out, line + "\n", StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
