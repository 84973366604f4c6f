package org.greenwhistle.report.service;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.greenwhistle.common.crypto.EvidenceFileCipher;
import org.springframework.util.unit.DataSize;

/**
 * Run in its own small JVM by {@link EvidenceMemoryTest}: a 200 MB video through inspection, encrypted storage, the
 * integrity check, a full download and a range read, reporting the heap (MemoryMXBean) before and the highest heap
 * in use after any collection meanwhile (the live data, without garbage waiting to be collected).
 */
public final class EvidenceMemoryProbe {
  private EvidenceMemoryProbe() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long size = Long.parseLong(args[1]);
    EvidenceProperties limits = new EvidenceProperties(9, DataSize.ofMegabytes(20), DataSize.ofMegabytes(200),
        DataSize.ofMegabytes(50), DataSize.ofMegabytes(300), 60_000_000, null);
    EvidenceInspector inspector = new EvidenceInspector(limits, Clock.systemUTC());
    EvidenceStore store = new EvidenceStore(limits, dir.toString(),
        new EvidenceFileCipher(Map.of("k1", EvidenceStoreEncryptionTest.K1), "k1"));
    Path video = writeVideo(dir.resolve("upload.mp4"), size);
    // warm up every class on a small file first, so the baseline holds the loaded code
    Path small = writeVideo(dir.resolve("small.mp4"), 2_000_000);
    roundTrip(inspector, store, small);

    System.gc();
    long baseline = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    AtomicLong peakAfterGc = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
          if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
            used += pool.getCollectionUsage().getUsed();
          }
        }
        peakAfterGc.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    long t0 = System.nanoTime();
    String sha = roundTrip(inspector, store, video);
    long millis = (System.nanoTime() - t0) / 1_000_000;
    sampler.interrupt();
    sampler.join();
    long max = Runtime.getRuntime().maxMemory();
    System.out.println("baseline=" + baseline + " peakAfterGc=" + peakAfterGc.get() + " maxHeap=" + max
        + " millis=" + millis + " sha=" + sha);
  }

  /** Upload (inspect, store) and download (integrity check, full read, a range in the middle); the download's SHA-256. */
  private static String roundTrip(EvidenceInspector inspector, EvidenceStore store, Path video) throws Exception {
    List<InspectedFile> files = inspector.inspect(List.of(new EvidenceUpload("video.mp4", video)), 0, 0);
    if (!files.get(0).mediaType().startsWith("video/")) {
      throw new IllegalStateException("not accepted as video: " + files.get(0).mediaType());
    }
    EvidenceStore.Stored stored = store.put(video);
    if (!store.intact(stored.id(), files.get(0).sha256())) {
      throw new IllegalStateException("integrity check failed");
    }
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = new DigestInputStream(store.open(stored.id()), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    try (SeekableByteChannel channel = store.openRange(stored.id())) {
      channel.position(Files.size(video) / 2);
      channel.read(ByteBuffer.allocate(64 * 1024));
    }
    String sha = HexFormat.of().formatHex(digest.digest());
    if (!sha.equals(files.get(0).sha256())) {
      throw new IllegalStateException("download differs from upload");
    }
    store.delete(stored.id());
    return sha;
  }

  /** An MP4 as phones write it: an ftyp box, then one mdat box with the (here pseudo-random) media data. */
  private static Path writeVideo(Path file, long size) throws Exception {
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(24);
      out.writeBytes("ftypisom");
      out.writeInt(0x200);
      out.writeBytes("isommp41");
      out.writeInt((int) (size - 24));
      out.writeBytes("mdat");
      byte[] chunk = new byte[1 << 16];
      long seed = 42;
      for (long written = 32; written < size; written += chunk.length) {
        for (int i = 0; i < chunk.length; i += 8) {
          seed = seed * 6364136223846793005L + 1442695040888963407L;
          ByteBuffer.wrap(chunk, i, 8).putLong(seed);
        }
        out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
      }
    }
    return file;
  }
}
