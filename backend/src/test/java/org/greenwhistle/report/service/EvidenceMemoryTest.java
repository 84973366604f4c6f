package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB upload and download keep the heap under 64 MB over the baseline (issue #23). Measured in a JVM of its own
 * (the surefire JVM's heap holds whatever other tests left): the probe reports MemoryMXBean figures, and the child's
 * heap is capped at 128 MB, so holding the file whole would end in OutOfMemoryError whatever the sampling saw.
 */
class EvidenceMemoryTest {
  static final long SIZE = 200L * 1024 * 1024;
  static final long LIMIT = 64L * 1024 * 1024;

  @TempDir Path dir;

  @Test
  void aTwoHundredMegabyteUploadAndDownloadStayUnder64MegabytesOfHeapOverTheBaseline() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx128m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), EvidenceMemoryProbe.class.getName(), dir.toString(), Long.toString(SIZE))
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();

    String figures = output.lines().filter(l -> l.startsWith("baseline=")).findFirst().orElseThrow();
    Map<String, String> values = new HashMap<>();
    for (String pair : figures.split(" ")) {
      values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
    }
    long baseline = Long.parseLong(values.get("baseline"));
    long peak = Long.parseLong(values.get("peakAfterGc"));
    String report = String.format("200 MB upload + download: heap baseline %.1f MB, highest after GC %.1f MB "
        + "(+%.1f MB), heap cap %.0f MB, %s ms%n", baseline / 1e6, peak / 1e6, (peak - baseline) / 1e6,
        Long.parseLong(values.get("maxHeap")) / 1e6, values.get("millis"));
    System.out.print(report);
    Files.writeString(Path.of("target", "evidence-memory.txt"), report);
    assertThat(peak).as("peak heap after GC").isPositive();
    assertThat(peak - baseline).as(report).isLessThan(LIMIT);
    assertThat(List.of(dir.toFile().list())).doesNotContain("upload.mp4.part");
  }
}
