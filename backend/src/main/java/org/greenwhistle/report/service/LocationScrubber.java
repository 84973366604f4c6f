package org.greenwhistle.report.service;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Removes where a photo was taken and which camera took it, for anonymous reporters (a photo from their own window
 * gives away their home). JPEG: the EXIF GPS directory is emptied and camera/lens serial numbers, owner name and the
 * maker note are overwritten with zeros in place (time and the rest of EXIF stay, as corroboration); XMP and
 * Photoshop/IPTC segments, which can repeat the position, are dropped. PNG: the eXIf and text chunks are dropped. The
 * image data is copied byte for byte. Other types (video, PDF, HEIC, WebP) are left as they are.
 */
@Component
public class LocationScrubber {
  private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] XMP = "http://ns.adobe.com/x".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final Set<String> PNG_METADATA = Set.of("eXIf", "tEXt", "zTXt", "iTXt");
  private static final int GPS_IFD = 0x8825;
  private static final int EXIF_IFD = 0x8769;
  /** BodySerialNumber, LensSerialNumber, CameraOwnerName, CameraSerialNumber (DNG), MakerNote. */
  private static final Set<Integer> IDENTIFYING = Set.of(0xA431, 0xA435, 0xA430, 0xC62F, 0x927C);

  /** True for the types whose location this class can remove. */
  public boolean supports(String mediaType) {
    return "image/jpeg".equals(mediaType) || "image/png".equals(mediaType);
  }

  /** Writes {@code source} without location and serial numbers to {@code target}. */
  public void scrub(String mediaType, Path source, Path target) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(source));
         OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
      if ("image/jpeg".equals(mediaType)) {
        jpeg(new DataInputStream(in), out);
      } else if ("image/png".equals(mediaType)) {
        png(new DataInputStream(in), out);
      } else {
        throw new IllegalArgumentException("no scrubbing for " + mediaType);
      }
    }
  }

  private void jpeg(DataInputStream in, OutputStream out) throws IOException {
    if (in.readUnsignedShort() != 0xFFD8) {
      throw new IOException("not a JPEG");
    }
    out.write(0xFF);
    out.write(0xD8);
    while (true) {
      int b = in.readUnsignedByte();
      if (b != 0xFF) {
        throw new IOException("JPEG marker expected");
      }
      int marker = in.readUnsignedByte();
      while (marker == 0xFF) {
        marker = in.readUnsignedByte();
      }
      if (marker == 0xDA || marker == 0xD9) {
        // start of scan (or an image without one): the rest is image data, copied as it is
        out.write(0xFF);
        out.write(marker);
        in.transferTo(out);
        return;
      }
      if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
        out.write(0xFF);
        out.write(marker);
        continue;
      }
      int length = in.readUnsignedShort();
      if (length < 2) {
        throw new IOException("bad JPEG segment length");
      }
      byte[] payload = new byte[length - 2];
      in.readFully(payload);
      if (marker == 0xE1 && startsWith(payload, XMP) || marker == 0xED) {
        continue;
      }
      if (marker == 0xE1 && startsWith(payload, EXIF) && !scrubTiff(payload, EXIF.length)) {
        continue;
      }
      out.write(0xFF);
      out.write(marker);
      out.write(length >> 8);
      out.write(length & 0xFF);
      out.write(payload);
    }
  }

  private void png(DataInputStream in, OutputStream out) throws IOException {
    byte[] signature = in.readNBytes(PNG_SIGNATURE.length);
    if (!Arrays.equals(signature, PNG_SIGNATURE)) {
      throw new IOException("not a PNG");
    }
    out.write(signature);
    byte[] header = new byte[8];
    while (true) {
      int n = in.readNBytes(header, 0, 8);
      if (n == 0) {
        return;
      }
      if (n < 8) {
        throw new EOFException("truncated PNG chunk");
      }
      long length = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
          | (header[3] & 0xFF);
      String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
      boolean drop = PNG_METADATA.contains(type);
      if (!drop) {
        out.write(header);
      }
      copy(in, drop ? OutputStream.nullOutputStream() : out, length + 4);
      if ("IEND".equals(type)) {
        return;
      }
    }
  }

  private static void copy(InputStream in, OutputStream out, long bytes) throws IOException {
    byte[] buffer = new byte[8192];
    long left = bytes;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException("truncated PNG chunk");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /**
   * Empties the GPS directory and zeroes the identifying tags of the TIFF structure inside an EXIF segment, in place.
   * False if the structure is not what it claims (the caller then drops the whole segment).
   */
  static boolean scrubTiff(byte[] buf, int base) {
    try {
      Tiff tiff = new Tiff(buf, base);
      tiff.walk(tiff.u32(base + 4), 0, new HashSet<>());
      return true;
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return false;
    }
  }

  /** A TIFF structure inside a byte array; offsets are relative to {@code base}. */
  private static final class Tiff {
    private final byte[] buf;
    private final int base;
    private final boolean little;

    Tiff(byte[] buf, int base) {
      this.buf = buf;
      this.base = base;
      if (buf[base] == 'I' && buf[base + 1] == 'I') {
        little = true;
      } else if (buf[base] == 'M' && buf[base + 1] == 'M') {
        little = false;
      } else {
        throw new IllegalStateException("no TIFF byte order");
      }
    }

    void walk(long offset, int depth, Set<Long> seen) {
      if (offset == 0 || depth > 4 || !seen.add(offset)) {
        return;
      }
      int at = position(offset, 2);
      int count = u16(at);
      position(offset + 2, 12L * count + 4);
      for (int i = 0; i < count; i++) {
        int entry = at + 2 + 12 * i;
        int tag = u16(entry);
        if (tag == GPS_IFD) {
          emptyDirectory(u32(entry + 8));
        } else if (tag == EXIF_IFD) {
          walk(u32(entry + 8), depth + 1, seen);
        } else if (IDENTIFYING.contains(tag)) {
          zeroValue(entry);
        }
      }
      walk(u32(at + 2 + 12 * count), depth + 1, seen);
    }

    /** Zeroes every value of the directory, then its entries, and sets its entry count to 0. */
    private void emptyDirectory(long offset) {
      int at = position(offset, 2);
      int count = u16(at);
      position(offset + 2, 12L * count);
      for (int i = 0; i < count; i++) {
        zeroValue(at + 2 + 12 * i);
      }
      Arrays.fill(buf, at, at + 2 + 12 * count, (byte) 0);
    }

    private void zeroValue(int entry) {
      long size = typeSize(u16(entry + 2)) * u32(entry + 4);
      if (size <= 4) {
        Arrays.fill(buf, entry + 8, entry + 12, (byte) 0);
      } else {
        int at = position(u32(entry + 8), size);
        Arrays.fill(buf, at, at + (int) size, (byte) 0);
      }
    }

    /** The array index of a TIFF offset whose {@code length} bytes must lie inside the segment. */
    private int position(long offset, long length) {
      if (offset < 0 || length < 0 || base + offset + length > buf.length) {
        throw new IllegalStateException("offset outside the segment");
      }
      return (int) (base + offset);
    }

    private static long typeSize(int type) {
      return switch (type) {
        case 3, 8 -> 2;
        case 4, 9, 11, 13 -> 4;
        case 5, 10, 12 -> 8;
        default -> 1;
      };
    }

    int u16(int i) {
      int a = buf[i] & 0xFF;
      int b = buf[i + 1] & 0xFF;
      return little ? b << 8 | a : a << 8 | b;
    }

    long u32(int i) {
      long a = buf[i] & 0xFFL;
      long b = buf[i + 1] & 0xFFL;
      long c = buf[i + 2] & 0xFFL;
      long d = buf[i + 3] & 0xFFL;
      return little ? d << 24 | c << 16 | b << 8 | a : a << 24 | b << 16 | c << 8 | d;
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
  }
}
