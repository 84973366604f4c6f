package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.greenwhistle.common.crypto.EvidenceFileCipher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The evidence store's encryption, file by file (issue #23): no Spring, a temporary directory. */
class EvidenceStoreEncryptionTest {
  static final byte[] K1 = Base64.getDecoder().decode("I2N52DDdCSWnzqkQ49qTdoXFq3eJ6jYU+WmSeVxueE0=");
  static final byte[] K2 = Base64.getDecoder().decode("yD3rLL6ZJ8m0eJd1lXoZQ0m3k8pWcJr5V0Nw1k4c2aA=");

  @TempDir Path dir;

  @Test
  void decryptingAStoredFileReproducesTheUploadedSha256AndNo32ByteWindowOfTheUploadIsStored() throws Exception {
    EvidenceStore store = store(Map.of("k1", K1), "k1");
    byte[] upload = lowEntropyUpload(2_500_000); // three 1 MB segments, highly repetitive
    EvidenceStore.Stored stored = store.put(Files.write(dir.resolve("upload.bin"), upload));

    assertThat(stored.sha256()).isEqualTo(sha256(upload));
    try (InputStream in = store.open(stored.id())) {
      assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(upload));
    }
    byte[] onDisk = Files.readAllBytes(store.pathOf(stored.id()));
    assertThat(onDisk.length).isGreaterThan(upload.length);
    assertThat(sharedWindows(upload, onDisk, 32)).isZero();
    assertThat(store.intact(stored.id(), sha256(upload))).isTrue();
  }

  @Test
  void aRangeIsReadWithoutDecryptingTheWholeFile() throws Exception {
    EvidenceStore store = store(Map.of("k1", K1), "k1");
    byte[] upload = lowEntropyUpload(3_200_000);
    String id = store.put(Files.write(dir.resolve("video.mp4"), upload)).id();

    try (SeekableByteChannel channel = store.openRange(id)) {
      ByteBuffer range = ByteBuffer.allocate(100_000);
      channel.position(2_100_000);
      while (range.hasRemaining() && channel.read(range) > 0) {
        // fills across the segment boundary at 2 MB
      }
      assertThat(range.array()).isEqualTo(Arrays.copyOfRange(upload, 2_100_000, 2_200_000));
      assertThat(channel.size()).isEqualTo(upload.length); // Tink knows the size after the first read
    }
  }

  @Test
  void aFlippedByteMakesTheFileFailItsCheckAndItsReading() throws Exception {
    EvidenceStore store = store(Map.of("k1", K1), "k1");
    byte[] upload = lowEntropyUpload(1_500_000);
    String id = store.put(Files.write(dir.resolve("photo.jpg"), upload)).id();
    try (RandomAccessFile file = new RandomAccessFile(store.pathOf(id).toFile(), "rw")) {
      file.seek(1_200_000);
      int b = file.read();
      file.seek(1_200_000);
      file.write(b ^ 0x01);
    }

    assertThat(store.intact(id, sha256(upload))).isFalse();
    assertThatThrownBy(() -> {
      try (InputStream in = store.open(id)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
    }).isInstanceOf(IOException.class);
  }

  @Test
  void plainFilesStayReadableUntilTheRestartableJobEncryptsThemAndRotationRewrapsTheirKeys() throws Exception {
    EvidenceStore k1Store = store(Map.of("k1", K1), "k1");
    byte[] legacy = lowEntropyUpload(300_000);
    String plainId = "0123456789abcdef0123456789abcdef";
    Files.createDirectories(k1Store.pathOf(plainId).getParent());
    Files.write(k1Store.pathOf(plainId), legacy); // stored before encryption
    String newId = k1Store.put(Files.write(dir.resolve("new.jpg"), legacy)).id();

    assertThat(k1Store.intact(plainId, sha256(legacy))).isTrue();
    EvidenceEncryptionJob job = new EvidenceEncryptionJob(k1Store, true);
    assertThat(job.run()).isEqualTo(new EvidenceEncryptionJob.Result(1, 1, 0));
    assertThat(job.run()).isEqualTo(new EvidenceEncryptionJob.Result(0, 2, 0)); // a second run finds nothing to do
    assertThat(sharedWindows(legacy, Files.readAllBytes(k1Store.pathOf(plainId)), 32)).isZero();
    assertThat(k1Store.intact(plainId, sha256(legacy))).isTrue();

    // rotation: k2 becomes active, the job re-wraps every data key, then k1 can be retired
    EvidenceStore rotating = store(Map.of("k1", K1, "k2", K2), "k2");
    assertThat(new EvidenceEncryptionJob(rotating, true).run()).isEqualTo(new EvidenceEncryptionJob.Result(2, 0, 0));
    EvidenceStore k2Only = store(Map.of("k2", K2), "k2");
    assertThat(k2Only.intact(plainId, sha256(legacy))).isTrue();
    assertThat(k2Only.intact(newId, sha256(legacy))).isTrue();
    assertThat(k1Store.intact(newId, sha256(legacy))).isFalse(); // the old key alone no longer opens it
    try (var files = Files.walk(dir.resolve("evidence"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".part")).count()).isZero();
    }
  }

  @Test
  void aFileCannotBeMovedToAnotherStorageId() throws Exception {
    EvidenceStore store = store(Map.of("k1", K1), "k1");
    byte[] upload = lowEntropyUpload(10_000);
    String id = store.put(Files.write(dir.resolve("a.jpg"), upload)).id();
    String other = "fedcba9876543210fedcba9876543210";
    Files.createDirectories(store.pathOf(other).getParent());
    Files.copy(store.pathOf(id), store.pathOf(other));

    assertThat(store.intact(other, sha256(upload))).isFalse();
  }

  EvidenceStore store(Map<String, byte[]> keys, String active) {
    EvidenceProperties properties = new EvidenceProperties(9, DataSize.ofMegabytes(20), DataSize.ofMegabytes(200),
        DataSize.ofMegabytes(50), DataSize.ofMegabytes(300), 60_000_000, null);
    return new EvidenceStore(properties, dir.toString(), new EvidenceFileCipher(keys, active));
  }

  /** Repeated text with a counter: every 32-byte window recurs often, the worst case for a leaking cipher mode. */
  static byte[] lowEntropyUpload(int size) {
    StringBuilder sb = new StringBuilder(size + 64);
    for (int i = 0; sb.length() < size; i++) {
      sb.append("GPS 29.350000 N 104.775000 E line ").append(i % 100).append('\n');
    }
    return Arrays.copyOf(sb.toString().getBytes(StandardCharsets.US_ASCII), size);
  }

  /** How many windows of {@code w} bytes of {@code a} occur anywhere in {@code b} (sorted hashes, then compared). */
  static long sharedWindows(byte[] a, byte[] b, int w) {
    long[] hashes = new long[Math.max(0, b.length - w + 1)];
    for (int i = 0; i < hashes.length; i++) {
      hashes[i] = windowHash(b, i, w);
    }
    long[] sorted = hashes.clone();
    Arrays.sort(sorted);
    long shared = 0;
    for (int i = 0; i + w <= a.length; i++) {
      if (Arrays.binarySearch(sorted, windowHash(a, i, w)) >= 0) {
        long h = windowHash(a, i, w);
        for (int j = 0; j < hashes.length; j++) {
          if (hashes[j] == h && Arrays.equals(a, i, i + w, b, j, j + w)) {
            shared++;
            break;
          }
        }
      }
    }
    return shared;
  }

  private static long windowHash(byte[] data, int from, int w) {
    long h = 1125899906842597L;
    for (int i = from; i < from + w; i++) {
      h = 31 * h + data[i];
    }
    return h;
  }

  static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
  }
}
