package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.greenwhistle.report.SampleReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocationScrubberTest {
  @TempDir Path dir;
  final LocationScrubber scrubber = new LocationScrubber();

  @Test
  void aJpegLosesItsPositionAndSerialNumberButKeepsItsTimeAndImage() throws Exception {
    byte[] photo = LocatedPhoto.jpeg();
    Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
    assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude())
        .isEqualTo(LocatedPhoto.LATITUDE);
    assertThat(new String(photo, StandardCharsets.ISO_8859_1)).contains(LocatedPhoto.SERIAL);

    byte[] scrubbed = scrub("image/jpeg", photo);

    assertThat(PhotoMetadata.location(scrubbed)).isNull();
    assertThat(new String(scrubbed, StandardCharsets.ISO_8859_1)).doesNotContain(LocatedPhoto.SERIAL);
    Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(scrubbed));
    assertThat(after.getFirstDirectoryOfType(ExifSubIFDDirectory.class).getDateOriginal()).isNotNull();
    assertThat(ImageIO.read(new ByteArrayInputStream(scrubbed)).getWidth()).isEqualTo(64);
    assertThat(scrubbed).hasSize(photo.length);
  }

  @Test
  void xmpAndPhotoshopSegmentsAreDroppedAndABrokenExifSegmentToo() throws Exception {
    byte[] jpeg = SampleReports.jpeg(32, 32);
    byte[] xmp = segment(0xE1, "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta exif:GPSLatitude=\"29,21N\"/>");
    byte[] iptc = segment(0xED, "Photoshop 3.0\0 city: Zigong");
    byte[] brokenExif = segment(0xE1, "Exif\0\0II*\0\u00ff\u00ff\u00ff\u007f GPS 29.35");
    byte[] photo = concat(jpeg, 2, xmp, iptc, brokenExif);

    String scrubbed = new String(scrub("image/jpeg", photo), StandardCharsets.ISO_8859_1);

    assertThat(scrubbed).doesNotContain("GPSLatitude").doesNotContain("Zigong").doesNotContain("GPS 29.35");
  }

  @Test
  void aPngLosesItsExifAndTextChunks() throws Exception {
    byte[] png = SampleReports.noisePng(8, 8);
    byte[] text = chunk("tEXt", "Location\0Zigong 29.35N");
    byte[] photo = concat(png, 33, text); // after the signature and IHDR

    byte[] scrubbed = scrub("image/png", photo);

    assertThat(new String(scrubbed, StandardCharsets.ISO_8859_1)).doesNotContain("Zigong");
    assertThat(ImageIO.read(new ByteArrayInputStream(scrubbed)).getWidth()).isEqualTo(8);
  }

  private byte[] scrub(String type, byte[] content) throws Exception {
    Path in = Files.write(dir.resolve("in"), content);
    Path out = dir.resolve("out");
    scrubber.scrub(type, in, out);
    return Files.readAllBytes(out);
  }

  private static byte[] segment(int marker, String payload) {
    byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
    byte[] s = new byte[4 + p.length];
    s[0] = (byte) 0xFF;
    s[1] = (byte) marker;
    s[2] = (byte) ((p.length + 2) >> 8);
    s[3] = (byte) (p.length + 2);
    System.arraycopy(p, 0, s, 4, p.length);
    return s;
  }

  private static byte[] chunk(String type, String data) {
    byte[] d = data.getBytes(StandardCharsets.ISO_8859_1);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(type.getBytes(StandardCharsets.ISO_8859_1));
    crc.update(d);
    return java.nio.ByteBuffer.allocate(12 + d.length).putInt(d.length).put(type.getBytes(StandardCharsets.ISO_8859_1))
        .put(d).putInt((int) crc.getValue()).array();
  }

  private static byte[] concat(byte[] base, int at, byte[]... inserts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    out.write(base, 0, at);
    for (byte[] i : inserts) {
      out.writeBytes(i);
    }
    out.write(base, at, base.length - at);
    return out.toByteArray();
  }
}
