import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Random;
import org.greenwhistle.common.crypto.EvidenceFileCipher;

/**
 * Issue #23: the CPU the evidence encryption adds per report, on B1's evidence (one ~100 KB photo): encrypting it
 * for storage (fresh data key, wrap, AES-256-GCM segments) and the integrity pass of a download (decrypt + SHA-256).
 * Single-file program: bench/evidence/run.sh compiles nothing, java launches the source with the app's jars.
 */
public class EvidenceCipherCost {
  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 101_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    byte[] photo = new byte[size];
    new Random(7).nextBytes(photo);
    EvidenceFileCipher cipher = new EvidenceFileCipher(Map.of("k1", new byte[32]), "k1");
    Path stored = Files.createTempFile("gw-cost-", ".bin");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < 2; pass++) { // the first pass warms the JIT up
      long encryptNs = 0;
      long decryptNs = 0;
      for (int i = 0; i < rounds; i++) {
        String id = String.format("%032x", i);
        long t0 = threads.getCurrentThreadCpuTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 4096);
        cipher.encrypt(new ByteArrayInputStream(photo), out, id);
        long t1 = threads.getCurrentThreadCpuTime();
        Files.write(stored, out.toByteArray());
        long t2 = threads.getCurrentThreadCpuTime();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = cipher.openPlaintext(stored, id)) {
          byte[] buffer = new byte[64 * 1024];
          for (int n; (n = in.read(buffer)) > 0; ) {
            sha.update(buffer, 0, n);
          }
        }
        sha.digest();
        long t3 = threads.getCurrentThreadCpuTime();
        encryptNs += t1 - t0;
        decryptNs += t3 - t2;
      }
      if (pass == 1) {
        System.out.printf("file %,d bytes, %,d rounds: encrypt %.0f µs CPU per file, decrypt + SHA-256 %.0f µs CPU "
            + "per file%n", size, rounds, encryptNs / 1e3 / rounds, decryptNs / 1e3 / rounds);
      }
    }
    Files.deleteIfExists(stored);
  }
}
