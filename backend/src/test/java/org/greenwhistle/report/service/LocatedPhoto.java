package org.greenwhistle.report.service;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.greenwhistle.report.SampleReports;

/**
 * A phone photo as phones write it: a JPEG with EXIF time, GPS position (29.35 N, 104.775 E) and the camera's body
 * serial number "SN-4711-0815" in an APP1 segment.
 */
public final class LocatedPhoto {
  public static final String SERIAL = "SN-4711-0815";
  public static final double LATITUDE = 29.35;
  public static final double LONGITUDE = 104.775;

  private LocatedPhoto() {
  }

  public static byte[] jpeg() {
    byte[] image = SampleReports.jpeg(64, 48);
    byte[] tiff = tiff();
    int length = 2 + 6 + tiff.length;
    ByteBuffer out = ByteBuffer.allocate(image.length + 2 + length);
    out.put(image, 0, 2); // SOI
    out.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
    out.put(tiff);
    out.put(image, 2, image.length - 2);
    return out.array();
  }

  /** IFD0 (Make, Exif and GPS pointers) at 8, Exif IFD at 58 (time, serial), GPS IFD at 122; 224 bytes. */
  private static byte[] tiff() {
    ByteBuffer b = ByteBuffer.allocate(224).order(ByteOrder.LITTLE_ENDIAN);
    b.put("II".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    b.putShort((short) 3);
    entry(b, 0x010F, 2, 8, 50);
    entry(b, 0x8769, 4, 1, 58);
    entry(b, 0x8825, 4, 1, 122);
    b.putInt(0);
    b.put(ascii("TestCam", 8));
    b.putShort((short) 2);
    entry(b, 0x9003, 2, 20, 88);
    entry(b, 0xA431, 2, 13, 108);
    b.putInt(0);
    b.put(ascii("2026:11:20 09:30:00", 20));
    b.put(ascii(SERIAL, 14)); // 13 + a pad byte
    b.putShort((short) 4);
    b.putShort((short) 1).putShort((short) 2).putInt(2).put(ascii("N", 4));
    entry(b, 2, 5, 3, 176);
    b.putShort((short) 3).putShort((short) 2).putInt(2).put(ascii("E", 4));
    entry(b, 4, 5, 3, 200);
    b.putInt(0);
    b.putInt(29).putInt(1).putInt(21).putInt(1).putInt(0).putInt(1);
    b.putInt(104).putInt(1).putInt(46).putInt(1).putInt(30).putInt(1);
    return b.array();
  }

  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
  }

  private static byte[] ascii(String s, int length) {
    byte[] out = new byte[length];
    byte[] raw = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(raw, 0, out, 0, raw.length);
    return out;
  }
}
