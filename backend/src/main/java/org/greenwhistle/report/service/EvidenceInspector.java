package org.greenwhistle.report.service;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Decides by content, never by name or declared type, whether an upload is acceptable evidence, and
 * extracts what staff may use as corroboration (SHA-256, EXIF time and place).
 */
@Component
public class EvidenceInspector {
  /** Detected type → canonical type of the allow-list. */
  static final Map<String, String> ALLOWED = Map.ofEntries(
      Map.entry("image/jpeg", "image/jpeg"), Map.entry("image/png", "image/png"), Map.entry("image/webp", "image/webp"),
      Map.entry("image/heic", "image/heic"), Map.entry("image/heif", "image/heif"),
      Map.entry("image/heic-sequence", "image/heic"), Map.entry("image/heif-sequence", "image/heif"),
      Map.entry("video/mp4", "video/mp4"), Map.entry("video/quicktime", "video/quicktime"),
      Map.entry("video/3gpp", "video/3gpp"), Map.entry("video/3gpp2", "video/3gpp"),
      Map.entry("audio/mpeg", "audio/mpeg"), Map.entry("audio/mp4", "audio/mp4"), Map.entry("audio/x-m4a", "audio/mp4"),
      Map.entry("audio/aac", "audio/aac"), Map.entry("audio/x-aac", "audio/aac"),
      Map.entry("audio/amr", "audio/amr"), Map.entry("audio/x-amr", "audio/amr"),
      Map.entry("audio/vnd.wave", "audio/wav"), Map.entry("audio/x-wav", "audio/wav"), Map.entry("audio/wav", "audio/wav"),
      Map.entry("application/pdf", "application/pdf"));

  private static final Instant EARLIEST_CAMERA_TIME = Instant.parse("1990-01-01T00:00:00Z");

  private final Tika tika = new Tika();
  private final EvidenceProperties limits;
  private final Clock clock;

  EvidenceInspector(EvidenceProperties limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /** Inspects all files of one submission; throws with every problem found, nothing is kept. */
  public List<InspectedFile> inspect(List<EvidenceUpload> uploads, int alreadyStored, long alreadyStoredBytes) {
    List<FieldProblem> problems = new ArrayList<>();
    boolean tooLarge = false;
    if (alreadyStored + uploads.size() > limits.maxFiles()) {
      throw tooMany();
    }
    List<InspectedFile> result = new ArrayList<>();
    long total = alreadyStoredBytes;
    for (EvidenceUpload upload : uploads) {
      String name = displayName(upload.originalName());
      try {
        long size = Files.size(upload.tempFile());
        total += size;
        if (size == 0) {
          problems.add(new FieldProblem("evidence", "evidence.error.empty", name));
          continue;
        }
        String detected = detect(upload.tempFile());
        String type = ALLOWED.get(detected);
        if (type == null) {
          problems.add(new FieldProblem("evidence", "evidence.error.typeNotAllowed", name));
          continue;
        }
        if (size > limits.limitFor(type)) {
          problems.add(new FieldProblem("evidence", "evidence.error.tooLarge", name, limits.limitFor(type) / (1024 * 1024)));
          tooLarge = true;
          continue;
        }
        if ((type.equals("image/jpeg") || type.equals("image/png")) && !decodes(upload.tempFile())) {
          problems.add(new FieldProblem("evidence", "evidence.error.damaged", name));
          continue;
        }
        result.add(withMetadata(upload.tempFile(), name, type, size, upload.keepLocation()));
      } catch (IOException e) {
        problems.add(new FieldProblem("evidence", "evidence.error.unreadable", name));
      }
    }
    if (total > limits.maxTotalSize().toBytes()) {
      problems.add(new FieldProblem("evidence", "evidence.error.totalTooLarge", limits.maxTotalSize().toMegabytes()));
      tooLarge = true;
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, tooLarge);
    }
    return result;
  }

  /**
   * The count and total-size limits again, for files inspected earlier, against what the report holds now: evidence
   * added one file per request is checked under the report's lock, so parallel uploads cannot pass them together.
   */
  public void requireRoom(List<InspectedFile> files, long alreadyStored, long alreadyStoredBytes) {
    if (alreadyStored + files.size() > limits.maxFiles()) {
      throw tooMany();
    }
    if (alreadyStoredBytes + files.stream().mapToLong(InspectedFile::size).sum() > limits.maxTotalSize().toBytes()) {
      throw new InvalidInputException(
          List.of(new FieldProblem("evidence", "evidence.error.totalTooLarge", limits.maxTotalSize().toMegabytes())), true);
    }
  }

  private InvalidInputException tooMany() {
    return new InvalidInputException(List.of(new FieldProblem("evidence", "evidence.error.tooMany", limits.maxFiles())),
        false);
  }

  /**
   * Tika's magic for JPEG is FF D8 FF at offset 0, and nothing else it knows starts so: that common case is
   * answered without running all of Tika's patterns (6 % of a submission's CPU). The full decode that follows
   * still refuses anything that only starts like a JPEG.
   */
  private String detect(Path file) throws IOException {
    try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
      in.mark(3);
      byte[] head = in.readNBytes(3);
      if (head.length == 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
        return "image/jpeg";
      }
      in.reset();
      return tika.detect(in);
    }
  }

  /** The name is only ever displayed: strip paths and control characters, keep any script. */
  static String displayName(String original) {
    String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isEmpty()) {
      name = "evidence";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  /** Decodes JPEG/PNG in full (after checking the declared size) so truncated or disguised files fail. */
  private boolean decodes(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return false;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > limits.maxImagePixels()) {
          return false;
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((IIOReadWarningListener) (source, warning) -> warnings.add(warning));
        // every scanline is still decoded (a truncated or corrupt stream warns or throws as before), but only
        // every 8th pixel of every 8th row is kept: 1/64 of the raster, memory and copying of a full decode
        ImageReadParam sparse = reader.getDefaultReadParam();
        sparse.setSourceSubsampling(8, 8, 0, 0);
        reader.read(0, sparse);
        return warnings.isEmpty();
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private InspectedFile withMetadata(Path file, String name, String type, long size, boolean keepLocation)
      throws IOException {
    String sha256;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      sha256 = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    Instant takenAt = null;
    BigDecimal lat = null;
    BigDecimal lng = null;
    // EXIF lives in JPEG/HEIC/TIFF/WebP and camera videos; PNG and GIF text chunks are never read (a compressed
    // chunk can be a decompression bomb)
    boolean exifCarrier = type.startsWith("video/") || type.startsWith("image/") && !type.equals("image/png")
        && !type.equals("image/gif");
    if (exifCarrier) {
      try {
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (exif != null && exif.getDateOriginal() != null) {
          takenAt = plausibleTime(exif.getDateOriginal().toInstant());
        }
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation location = gps == null ? null : gps.getGeoLocation();
        if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
            && Math.abs(location.getLongitude()) <= 180) {
          lat = BigDecimal.valueOf(location.getLatitude()).setScale(6, RoundingMode.HALF_UP);
          lng = BigDecimal.valueOf(location.getLongitude()).setScale(6, RoundingMode.HALF_UP);
        }
      } catch (Exception e) {
        // metadata is corroboration only: unreadable metadata never rejects evidence
      }
    }
    return new InspectedFile(file, name, type, size, sha256, takenAt, lat, lng, keepLocation);
  }

  /** Camera clocks can say anything: keep only times between 1990 and tomorrow. */
  private Instant plausibleTime(Instant t) {
    return t.isAfter(EARLIEST_CAMERA_TIME) && t.isBefore(clock.instant().plusSeconds(86_400)) ? t : null;
  }
}
