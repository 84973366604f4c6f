package org.greenwhistle.reliability;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * The hostile-input corpus of issue #8 (part 3): malformed uploads and requests for the citizen REST API,
 * generated deterministically from a seed. Item {@code i} depends only on (seed, i), so one failing item is
 * reproduced alone with {@link #item(long, int)}. Pure JDK: the CI test ({@code HostileInputIT}, MockMvc) and the
 * full run against the packaged app ({@code reliability/hostile.sh}, raw HTTP) share it.
 *
 * <p>Every item says what a correct server does: {@link Expect#REJECT} (a 4xx problem+json), {@link Expect#ACCEPT}
 * (a legitimate report with odd but valid text) or {@link Expect#EITHER}. {@code disallowedFile} marks items
 * with at least one evidence file whose content is outside the allow-list: a 2xx for it is a failure whatever
 * {@code expect} says. Paths and headers may hold {@code {code}} and {@code {key}}: the runner puts in the
 * tracking code and access key of a report it submitted itself.
 */
public final class HostileCorpus {
  public enum Expect { REJECT, ACCEPT, EITHER }

  /** One multipart part; {@code filename == null} for a plain form field. Raw header bytes when rawHeader != null. */
  public record Part(String name, String filename, String contentType, byte[] content, String rawHeader) {
    public Part(String name, String filename, String contentType, byte[] content) {
      this(name, filename, contentType, content, null);
    }
  }

  /**
   * A request. Multipart when {@code parts != null}; else {@code body} with {@code contentType} (both may be null).
   * {@code rawMultipart}: the runner sends {@code body} as it is with {@code contentType} (broken multipart).
   */
  public record Item(int index, String category, String label, String method, String path,
                     List<String[]> headers, List<Part> parts, String contentType, byte[] body,
                     Expect expect, boolean disallowedFile, boolean heavy, boolean containerLevel) {
    public boolean multipart() {
      return parts != null;
    }

    public boolean needsReceipt() {
      return path.contains("{code}") || headers.stream().anyMatch(h -> h[1].contains("{key}") || h[1].contains("{code}"));
    }

    @Override
    public String toString() {
      return "#" + index + " " + category + "/" + label;
    }
  }

  /** Counties of Tibet: no other test files reports there, so these never reach another test's inbox. */
  public static final String[] COUNTIES = {"540102", "540103", "540104", "540121", "540122", "540123", "540124",
      "540127"};
  public static final String[] CATEGORIES = {"WRONG_MAGIC", "POLYGLOT", "ZIP_BOMB", "TRUNCATED_IMAGE", "HUGE_EXIF",
      "LONG_UNICODE_NAME", "PATH_TRAVERSAL", "OVERSIZED_JSON", "INJECTION", "MALFORMED_REQUEST"};
  /** Shares of the categories, in per mille. */
  private static final int[] WEIGHTS = {130, 80, 60, 100, 90, 100, 80, 60, 170, 130};
  /** The allow-list of EvidenceInspector, canonical types. */
  public static final List<String> ALLOWED_TYPES = List.of("image/jpeg", "image/png", "image/webp", "image/heic",
      "image/heif", "video/mp4", "video/quicktime", "video/3gpp", "audio/mpeg", "audio/mp4", "audio/aac", "audio/amr",
      "audio/wav", "application/pdf");
  public static final String REPORTS = "/api/v1/reports";
  private static final String OBSERVED = "2026-01-15T08:30:00+08:00";
  private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

  private HostileCorpus() {
  }

  public static List<Item> items(long seed, int count) {
    List<Item> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(item(seed, i));
    }
    return items;
  }

  public static Item item(long seed, int index) {
    Random rng = new Random(seed * 1_000_003L + index);
    int pick = Math.floorMod(index * 7919 + (int) (seed % 1000), 1000);
    int category = 0;
    for (int acc = WEIGHTS[0]; pick >= acc; acc += WEIGHTS[++category]) {
      // walk the cumulative weights
    }
    Builder b = new Builder(index, CATEGORIES[category], rng);
    switch (category) {
      case 0 -> wrongMagic(b);
      case 1 -> polyglot(b);
      case 2 -> zipBomb(b);
      case 3 -> truncated(b);
      case 4 -> hugeExif(b);
      case 5 -> longNames(b);
      case 6 -> pathTraversal(b);
      case 7 -> oversizedJson(b);
      case 8 -> injection(b);
      default -> malformed(b);
    }
    return b.build();
  }

  // ------------------------------------------------------------------ categories

  private static void wrongMagic(Builder b) {
    Random r = b.rng;
    String[][] disguises = {{"photo.jpg", "image/jpeg"}, {"IMG_0001.JPG", "image/jpeg"}, {"scan.png", "image/png"},
        {"clip.mp4", "video/mp4"}, {"voice.m4a", "audio/mp4"}, {"decision.pdf", "application/pdf"},
        {"photo.heic", "image/heic"}, {"rec.wav", "audio/wav"}, {"x", "application/octet-stream"}};
    String[] d = disguises[r.nextInt(disguises.length)];
    String[] kinds = {"exe", "elf", "zip", "gzip", "html", "svg", "xxe", "php", "shell", "class", "gif", "bmp", "tiff",
        "rar", "7z", "random", "text", "json", "ico", "psd", "webm", "avi", "ogg", "flac", "jar", "docx", "rtf", "ps",
        "wasm", "sqlite"};
    String kind = kinds[r.nextInt(kinds.length)];
    byte[] content = switch (kind) {
      case "exe" -> concat(bytes(0x4D, 0x5A, 0x90, 0x00, 0x03), ascii("\0\0\0This program cannot be run in DOS mode."),
          random(r, 512 + r.nextInt(4096)));
      case "elf" -> concat(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0), random(r, 1024));
      case "zip", "jar", "docx" -> zip(kind.equals("docx") ? "word/document.xml" : kind.equals("jar")
          ? "META-INF/MANIFEST.MF" : "readme.txt", ascii("hello ".repeat(50)));
      case "gzip" -> gzip(ascii("<script>alert(1)</script>".repeat(20)));
      case "html" -> utf8("<!DOCTYPE html><html><body><script>fetch('/api/v1/me')</script>照片</body></html>");
      case "svg" -> utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"><rect/></svg>");
      case "xxe" -> utf8("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>");
      case "php" -> utf8("<?php system($_GET['c']); ?>");
      case "shell" -> utf8("#!/bin/sh\ncurl http://127.0.0.1/x | sh\n");
      case "class" -> concat(bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61), random(r, 300));
      case "gif" -> gif();
      case "bmp" -> image("bmp", 16 + r.nextInt(64), 16 + r.nextInt(64), r);
      case "tiff" -> concat(bytes('I', 'I', 42, 0, 8, 0, 0, 0), random(r, 200));
      case "rar" -> concat(bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0x00), random(r, 200));
      case "7z" -> concat(bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C), random(r, 200));
      case "random" -> {
        byte[] x = random(r, 1 + r.nextInt(8192));
        x[0] = 0x01;
        yield x;
      }
      case "text" -> utf8("举报内容：工厂排污。".repeat(1 + r.nextInt(100)));
      case "json" -> utf8("{\"categories\":[\"AIR\"]}");
      case "ico" -> concat(bytes(0, 0, 1, 0, 1, 0, 16, 16), random(r, 300));
      case "psd" -> concat(ascii("8BPS"), bytes(0, 1), random(r, 300));
      case "webm" -> concat(bytes(0x1A, 0x45, 0xDF, 0xA3), random(r, 300));
      case "avi" -> concat(ascii("RIFF"), bytes(0, 1, 0, 0), ascii("AVI LIST"), random(r, 300));
      case "ogg" -> concat(ascii("OggS"), bytes(0, 2), random(r, 300));
      case "flac" -> concat(ascii("fLaC"), random(r, 300));
      case "rtf" -> utf8("{\\rtf1\\ansi {\\object\\objemb}}");
      case "ps" -> utf8("%!PS-Adobe-3.0\n(/etc/passwd) (r) file\n");
      case "wasm" -> concat(bytes(0, 'a', 's', 'm', 1, 0, 0, 0), random(r, 100));
      default -> concat(ascii("SQLite format 3\0"), random(r, 500));
    };
    b.label("wrong-magic:" + kind + "-as-" + d[0]).reject().disallowed()
        .submit(validReport(r), evidence(d[0], d[1], content));
  }

  private static void polyglot(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "jpeg+zip", "jpeg+html", "gifar", "html-with-jpeg-magic", "png+script-chunk", "pdf+js",
        "mp4-header+html", "zip+jpeg-tail", "svg-named-png", "wav-header+exe", "png-magic+php", "jpeg-comment-script",
        "jpeg-two-images");
    Part file = switch (kind) {
      case "jpeg+zip" -> evidence("photo.jpg", "image/jpeg", concat(jpeg(r), zip("a.txt", ascii("x"))));
      case "jpeg+html" -> evidence("photo.jpg", "image/jpeg", concat(jpeg(r), utf8("<html><script>alert(1)</script>")));
      case "gifar" -> evidence("photo.gif", "image/gif", concat(gif(), zip("META-INF/MANIFEST.MF", ascii("Main-Class: X\n"))));
      case "html-with-jpeg-magic" -> evidence("photo.jpg", "image/jpeg",
          concat(bytes(0xFF, 0xD8, 0xFF, 0xE0), utf8("<html><script>alert(1)</script></html>")));
      case "png+script-chunk" -> evidence("photo.png", "image/png",
          png(32, 32, 2, 8, List.of(chunk("tEXt", utf8("Comment\0<script>alert(1)</script>")))));
      case "pdf+js" -> evidence("decision.pdf", "application/pdf", utf8("%PDF-1.7\n1 0 obj<</Type/Catalog/OpenAction"
          + "<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n<html><script>alert(1)</script>"));
      case "mp4-header+html" -> evidence("clip.mp4", "video/mp4", concat(bytes(0, 0, 0, 0x18), ascii("ftypisom"),
          bytes(0, 0, 2, 0), ascii("isomiso2"), utf8("<html><script>alert(1)</script></html>")));
      case "zip+jpeg-tail" -> evidence("photo.jpg", "image/jpeg", concat(zip("evil.sh", ascii("rm -rf /")), jpeg(r)));
      case "svg-named-png" -> evidence("photo.png", "image/png",
          utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
      case "wav-header+exe" -> evidence("rec.wav", "audio/wav", concat(ascii("RIFF"), bytes(0x24, 0, 0, 0),
          ascii("WAVEfmt "), bytes(16, 0, 0, 0, 1, 0, 1, 0, 0x40, 0x1F, 0, 0, 0x80, 0x3E, 0, 0, 2, 0, 16, 0),
          ascii("data"), bytes(0, 0, 0, 0), bytes(0x4D, 0x5A), random(r, 200)));
      case "png-magic+php" -> evidence("photo.png", "image/png",
          concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), utf8("<?php system($_GET['c']); ?>")));
      case "jpeg-comment-script" -> evidence("photo.jpg", "image/jpeg", jpegWithSegment(jpeg(r), 0xFE,
          utf8("<script>alert(document.domain)</script>")));
      default -> evidence("photo.jpg", "image/jpeg", concat(jpeg(r), jpeg(r)));
    };
    // content that really is a valid allowed file (whatever trails it) may be accepted; disguised content may not
    boolean disguised = List.of("gifar", "html-with-jpeg-magic", "zip+jpeg-tail", "svg-named-png", "png-magic+php")
        .contains(kind);
    b.label("polyglot:" + kind).submit(validReport(r), file);
    if (disguised) {
      b.reject().disallowed();
    }
  }

  private static void zipBomb(Builder b) {
    Random r = b.rng;
    int roll = r.nextInt(100);
    String kind = roll < 18 ? "zip-200MB-zeros" : roll < 30 ? "nested-zip" : roll < 45 ? "gzip-300MB-zeros"
        : roll < 60 ? "png-100000x100000" : roll < 72 ? "png-65535x65535-rgba16" : roll < 84 ? "jpeg-65500x65500"
        : roll < 88 ? "png-ztxt-bomb" : roll < 92 ? "png-iccp-bomb" : roll < 96 ? "png-7000x7000-rgb8"
        : "png-7745x7745-rgba16";
    Part file = switch (kind) {
      case "zip-200MB-zeros" -> evidence("photo.jpg", "image/jpeg", cached(kind, () -> zipZeros(200L << 20)));
      case "nested-zip" -> evidence("archive.zip", "application/zip", cached(kind,
          () -> zip("l1.zip", zip("l2.zip", zipZeros(50L << 20)))));
      case "gzip-300MB-zeros" -> evidence("video.mp4", "video/mp4", cached(kind, () -> gzipZeros(300L << 20)));
      case "png-100000x100000" -> evidence("big.png", "image/png", cached(kind, () -> pngHeaderOnly(100_000, 100_000)));
      case "png-65535x65535-rgba16" -> evidence("big.png", "image/png", cached(kind, () -> pngHeaderOnly(65_535, 65_535)));
      case "jpeg-65500x65500" -> evidence("big.jpg", "image/jpeg", cached(kind, HostileCorpus::jpegHugeDimensions));
      case "png-ztxt-bomb" -> evidence("photo.png", "image/png", cached(kind, () -> png(16, 16, 2, 8,
          List.of(chunk("zTXt", concat(ascii("Comment\0\0"), deflateZeros(400L << 20)))))));
      case "png-iccp-bomb" -> evidence("photo.png", "image/png", cached(kind, () -> png(16, 16, 2, 8,
          List.of(chunk("iCCP", concat(ascii("icc\0\0"), deflateZeros(400L << 20)))))));
      case "png-7000x7000-rgb8" -> evidence("wide.png", "image/png", cached(kind, () -> png(7000, 7000, 2, 8, List.of())));
      default -> evidence("wide.png", "image/png", cached(kind, () -> png(7745, 7745, 6, 16, List.of())));
    };
    b.label("bomb:" + kind).submit(validReport(r), file);
    switch (kind) {
      case "zip-200MB-zeros", "nested-zip", "gzip-300MB-zeros" -> b.reject().disallowed();
      case "png-100000x100000", "png-65535x65535-rgba16", "jpeg-65500x65500" -> b.reject();
      default -> b.heavy(); // decompression bombs inside the limits: either answer, but no OOM and no 5xx
    }
  }

  private static void truncated(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "jpeg", "jpeg", "png", "png", "webp", "mp4", "jpeg-no-eoi", "png-no-iend", "jpeg-header-only",
        "png-signature-only");
    byte[] full = kind.startsWith("png") ? pngImage(r) : jpeg(r);
    Part file;
    switch (kind) {
      case "jpeg", "png" -> {
        int cut = 3 + r.nextInt(full.length - 20);
        file = evidence(kind.equals("png") ? "cut.png" : "cut.jpg", "image/" + kind, Arrays.copyOf(full, cut));
        b.label("truncated:" + kind + "@" + cut + "/" + full.length).reject();
      }
      case "jpeg-no-eoi" -> {
        file = evidence("cut.jpg", "image/jpeg", Arrays.copyOf(full, full.length - 2));
        b.label("truncated:jpeg-without-EOI");
      }
      case "png-no-iend" -> {
        file = evidence("cut.png", "image/png", Arrays.copyOf(full, full.length - 12));
        b.label("truncated:png-without-IEND");
      }
      case "jpeg-header-only" -> {
        file = evidence("cut.jpg", "image/jpeg", Arrays.copyOf(full, 4 + r.nextInt(200)));
        b.label("truncated:jpeg-header-only").reject();
      }
      case "png-signature-only" -> {
        file = evidence("cut.png", "image/png", Arrays.copyOf(full, 8 + r.nextInt(30)));
        b.label("truncated:png-signature-only").reject();
      }
      case "webp" -> {
        file = evidence("cut.webp", "image/webp", concat(ascii("RIFF"), bytes(0xFF, 0xFF, 0, 0), ascii("WEBPVP8 "),
            random(r, 10 + r.nextInt(100))));
        b.label("truncated:webp");
      }
      default -> {
        file = evidence("cut.mp4", "video/mp4", concat(bytes(0, 0, 0, 0x20), ascii("ftypmp42"), bytes(0, 0, 0, 0),
            ascii("mp42isom"), bytes(0x7F, 0xFF, 0xFF, 0xFF), ascii("moov"), random(r, 50)));
        b.label("truncated:mp4-box-claims-2GB");
      }
    }
    b.submit(validReport(r), file);
  }

  private static void hugeExif(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "date-1969", "date-epoch", "date-1900", "date-zero", "date-2039", "date-9999", "date-garbage",
        "date-normal", "gps-5000deg", "gps-zero-denominator", "gps-negative", "gps-minutes-1e9", "description-60KB",
        "3000-entries", "count-2G", "ifd-loop", "offset-outside", "many-app1-segments", "xmp-xxe", "makernote-60KB",
        "png-exif-chunk-1969");
    byte[] base = jpeg(r);
    byte[] out = switch (kind) {
      case "date-1969" -> exifJpeg(base, Exif.date("1969:12:31 23:59:59"));
      case "date-epoch" -> exifJpeg(base, Exif.date("1970:01:01 00:00:00"));
      case "date-1900" -> exifJpeg(base, Exif.date("1900:01:01 00:00:00"));
      case "date-zero" -> exifJpeg(base, Exif.date("0000:00:00 00:00:00"));
      case "date-2039" -> exifJpeg(base, Exif.date("2039:06:01 12:00:00"));
      case "date-9999" -> exifJpeg(base, Exif.date("9999:12:31 23:59:59"));
      case "date-garbage" -> exifJpeg(base, Exif.date("2024:13:45 25:61:61"));
      case "date-normal" -> exifJpeg(base, Exif.date("2025:06:01 12:00:00"));
      case "gps-5000deg" -> exifJpeg(base, Exif.gps(new long[] {5000, 1, 0, 1, 0, 1}, new long[] {104, 1, 52, 1, 0, 1}));
      case "gps-zero-denominator" -> exifJpeg(base, Exif.gps(new long[] {29, 0, 16, 0, 0, 0}, new long[] {104, 1, 0, 0, 0, 0}));
      case "gps-negative" -> exifJpeg(base, Exif.gps(new long[] {0xFFFFFFFFL, 1, 0, 1, 0, 1}, new long[] {181, 1, 0, 1, 0, 1}));
      case "gps-minutes-1e9" -> exifJpeg(base, Exif.gps(new long[] {29, 1, 1_000_000_000, 1, 0, 1},
          new long[] {104, 1, 0, 1, 4_000_000_000L, 1}));
      case "description-60KB" -> exifJpeg(base, Exif.description("<script>alert(1)</script>".repeat(2400)));
      case "3000-entries" -> exifJpeg(base, Exif.manyEntries(3000));
      case "count-2G" -> exifJpeg(base, Exif.hugeCount());
      case "ifd-loop" -> exifJpeg(base, Exif.loop());
      case "offset-outside" -> exifJpeg(base, Exif.offsetOutside());
      case "many-app1-segments" -> {
        byte[] x = base;
        byte[] seg = Exif.description("A".repeat(60_000));
        for (int i = 0; i < 12; i++) {
          x = exifJpeg(x, seg);
        }
        yield x;
      }
      case "xmp-xxe" -> jpegWithSegment(base, 0xE1, concat(ascii("http://ns.adobe.com/xap/1.0/\0"),
          utf8("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
              + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
              + "<rdf:Description>&e;</rdf:Description></rdf:RDF></x:xmpmeta>")));
      case "makernote-60KB" -> exifJpeg(base, Exif.makerNote(random(r, 60_000)));
      default -> png(24, 24, 2, 8, List.of(chunk("eXIf", Exif.date("1969:07:20 20:17:00"))));
    };
    String name = kind.startsWith("png") ? "exif.png" : "exif.jpg";
    b.label("exif:" + kind).submit(validReport(r), evidence(name, kind.startsWith("png") ? "image/png" : "image/jpeg", out));
  }

  private static void longNames(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "ascii-199", "ascii-200", "ascii-201", "ascii-255", "ascii-256", "ascii-400", "ascii-5000",
        "ascii-100000", "cjk-300", "emoji-150", "rtl-override", "zero-width", "nfd", "combining-3000", "fullwidth-slash",
        "division-slash", "windows-reserved", "dotfile", "only-dots", "blank", "empty", "nul-byte", "tab", "bom",
        "lone-surrogate", "mixed-scripts", "percent-encoded", "filename-star", "quote-in-name", "crlf-in-name");
    String name = switch (kind) {
      case "ascii-199" -> "a".repeat(195) + ".jpg";
      case "ascii-200" -> "a".repeat(196) + ".jpg";
      case "ascii-201" -> "a".repeat(197) + ".jpg";
      case "ascii-255" -> "b".repeat(251) + ".jpg";
      case "ascii-256" -> "b".repeat(252) + ".jpg";
      case "ascii-400" -> "c".repeat(396) + ".jpg";
      case "ascii-5000" -> "d".repeat(4996) + ".jpg";
      case "ascii-100000" -> "e".repeat(99_996) + ".jpg";
      case "cjk-300" -> "河道排污现场照片".repeat(38) + ".jpg";
      case "emoji-150" -> "🏭💨".repeat(75) + ".jpg";
      case "rtl-override" -> "invoice\u202Egpj.exe";
      case "zero-width" -> "pho\u200Bto\u200D\uFEFF.jpg";
      case "nfd" -> "e\u0301te\u0301.jpg";
      case "combining-3000" -> "Z" + "\u0336\u0321\u032A".repeat(1000) + ".jpg";
      case "fullwidth-slash" -> "．．／．．／etc／passwd.jpg";
      case "division-slash" -> "..\u2215..\u2215etc\u2215passwd.jpg";
      case "windows-reserved" -> pick(r, "CON.jpg", "nul", "aux.jpg", "COM1", "LPT1.jpg", "prn.JPG");
      case "dotfile" -> pick(r, ".htaccess", ".bashrc.jpg", "..jpg", ".../x.jpg");
      case "only-dots" -> pick(r, ".", "..", "...", "....");
      case "blank" -> "   ";
      case "empty" -> "";
      case "nul-byte" -> "photo.jpg\u0000.exe";
      case "tab" -> "ph\toto.jpg";
      case "bom" -> "\uFEFFphoto.jpg";
      case "lone-surrogate" -> "photo\uD800.jpg";
      case "mixed-scripts" -> "фото_照片_صورة_תמונה_📷.jpg";
      case "percent-encoded" -> "%2e%2e%2fphoto%00.jpg";
      case "filename-star" -> "photo.jpg";
      case "quote-in-name" -> "pho\"to\".jpg";
      default -> "photo.jpg\r\nContent-Type: text/html";
    };
    Part file = new Part("evidence", name, "image/jpeg", jpeg(r));
    if (kind.equals("filename-star")) {
      file = new Part("evidence", name, "image/jpeg", jpeg(r),
          "Content-Disposition: form-data; name=\"evidence\"; filename=\"x.jpg\"; filename*=UTF-8''%E6%B2%B3%2F..%2F..%2Fetc.jpg");
    }
    b.label("name:" + kind).submit(validReport(r), file);
    if (kind.equals("ascii-100000")) {
      b.reject().containerLevel();
    }
  }

  private static void pathTraversal(Builder b) {
    Random r = b.rng;
    if (r.nextBoolean()) {
      String name = pick(r, "../../../../etc/passwd", "..\\..\\..\\windows\\win.ini", "/etc/shadow", "C:\\boot.ini",
          "....//....//etc/passwd", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e%2fetc", "..%c0%af..%c0%afetc",
          "/proc/self/environ", "\\\\server\\share\\x.jpg", "file:///etc/passwd", "evidence/../../x.jpg",
          "00/11/00112233445566778899aabbccddeeff", "../evidence/ab/cd/abcd.part", "/dev/zero", "~/.ssh/id_rsa",
          "..;/..;/x.jpg", "x.jpg/..", "/");
      if (r.nextBoolean()) {
        b.label("traversal-name:" + name).submit(validReport(r), evidence(name, "image/jpeg", jpeg(r)));
      } else {
        b.label("traversal-name-text:" + name).reject().disallowed()
            .submit(validReport(r), evidence(name, "text/plain", ascii("root:x:0:0:root:/root:/bin/bash\n")));
      }
      return;
    }
    String path = pick(r, "/api/v1/reports/../../etc/passwd", "/api/v1/reports/..%2F..%2Fetc%2Fpasswd",
        "/api/v1/reports/%2e%2e/%2e%2e/etc/passwd", "/api/v1/reports/GW..%5c..%5cwin.ini", "/api/v1/reports/%00",
        "/api/v1/reports/x;jsessionid=1", "/api/v1/reports/{code}/..;/..;/admin/audit/x/verify",
        "/api/v1/reports//etc/passwd", "/api/v1/reports/{code}%2f..%2f..%2fcases", "/api/v1/../../../etc/passwd",
        "/api/v1/reports/%252e%252e%252fetc", "/api/v1/reports/..%00/x", "/api/v1/reports/%E2%80%AE",
        "/api/v1/reports/{code}/evidence/../../../../etc/passwd", "/api/v1/reports/.%2e/.%2e/actuator/env",
        "/api/v1/reports/GW%0d%0aSet-Cookie:x=1", "/api/v1/reports/{code}/%2e%2e", "/api/v1/reports/\\..\\..\\",
        "/api/v1/reports/" + "A".repeat(3000));
    String method = path.contains("evidence") ? "POST" : "GET";
    b.label("traversal-path:" + (path.length() > 80 ? path.substring(0, 80) + "…" : path)).reject()
        .request(method, path, null, null).header("X-Access-Key", "{key}");
  }

  private static void oversizedJson(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "description-5001", "description-1MB", "description-19M-chars", "description-25M-chars",
        "nesting-2000", "array-200k-categories", "number-2000-digits", "unknown-props-20k", "whitespace-30MB",
        "target-nul-escapes", "duplicate-keys", "message-1MB", "message-6M", "appeal-1MB", "deep-array-5000");
    Map<String, Object> report = validReport(r);
    switch (kind) {
      case "description-5001" -> {
        report.put("description", "污".repeat(5001));
        b.submit(report);
      }
      case "description-1MB" -> {
        report.put("description", "排污".repeat(350_000));
        b.submit(report);
      }
      case "description-19M-chars" -> {
        report.put("description", new String(cached(kind, () -> ascii("x".repeat(19_000_000))), StandardCharsets.US_ASCII));
        b.heavy().submit(report);
      }
      case "description-25M-chars" -> {
        report.put("description", new String(cached(kind, () -> ascii("y".repeat(25_000_000))), StandardCharsets.US_ASCII));
        b.heavy().submit(report);
      }
      case "nesting-2000" -> {
        report.put("extra", new Raw("{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
        b.submit(report);
      }
      case "deep-array-5000" -> {
        report.put("categories", new Raw("[".repeat(5000) + "]".repeat(5000)));
        b.submit(report);
      }
      case "array-200k-categories" -> {
        report.put("categories", new Raw("[" + "\"AIR\",".repeat(200_000) + "\"WATER\"]"));
        b.label("json:" + kind).submit(report);
        b.expect = Expect.EITHER;
        return;
      }
      case "number-2000-digits" -> {
        report.put("latitude", new Raw("29." + "1".repeat(2000)));
        b.submit(report);
      }
      case "unknown-props-20k" -> {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
          sb.append("\"p").append(i).append("\":").append(i).append(',');
        }
        report.put("extra", new Raw(sb.append("\"z\":0}").toString()));
        b.label("json:" + kind).submit(report);
        b.expect = Expect.EITHER;
        return;
      }
      case "whitespace-30MB" -> {
        byte[] json = concat(cached(kind, () -> ascii(" ".repeat(30_000_000))), utf8(json(report)));
        b.heavy().submitRaw(json);
        b.label("json:" + kind).expect = Expect.EITHER;
        return;
      }
      case "target-nul-escapes" -> {
        report.put("targetName", new Raw("\"" + "\\u0000".repeat(100_000) + "\""));
        b.submit(report);
      }
      case "duplicate-keys" -> {
        report.put("regionCode", new Raw("\"540102\", \"regionCode\": \"999999\", \"regionCode\": \"x' OR 1=1\""));
        b.submit(report);
      }
      case "message-1MB" -> b.request("POST", REPORTS + "/{code}/messages", "application/json",
          utf8(json(Map.of("text", "消息".repeat(500_000))))).header("X-Access-Key", "{key}");
      case "message-6M" -> b.heavy().request("POST", REPORTS + "/{code}/messages", "application/json",
          utf8(json(Map.of("text", "m".repeat(6_000_000))))).header("X-Access-Key", "{key}");
      default -> b.request("POST", REPORTS + "/{code}/appeal", "application/json",
          utf8(json(Map.of("reason", "申诉".repeat(500_000))))).header("X-Access-Key", "{key}");
    }
    b.label("json:" + kind).reject();
  }

  private static final String[] PAYLOADS = {"' OR '1'='1", "'; DROP TABLE report; --", "\" OR 1=1 -- ",
      "1; SELECT SLEEP(10)", "admin'--", "' UNION SELECT access_key_hash FROM report --", "%' AND 1=0 UNION ALL SELECT 1 #",
      "\\'; SHUTDOWN; --", "${jndi:ldap://127.0.0.1:1389/a}", "#{7*7}", "${7*7}", "{{7*7}}", "<%= 7*7 %>", "$(reboot)",
      "`id`", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg/onload=alert(1)>",
      "javascript:alert(1)", "\"><iframe src=//127.0.0.1>", "</textarea><script>alert(1)</script>", "<!--", "]]>",
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
      "\u202Egnp.exe", "𠜎𠜱𠝹🏭💨", "Z\u0336\u0321\u032A\u0336", "\u0000\u0001\u0007", "\uFEFF", "\uD800",
      "\r\n\r\nHTTP/1.1 200 OK\r\n", "../../../../etc/passwd", "%00%0d%0a", "@{T(java.lang.Runtime).getRuntime()}",
      "{\"$gt\":\"\"}", "=cmd|' /C calc'!A0", "+SUM(1+1)", "-1e999999999", "NaN", "null", "true", "\\u0000",
      "AAAA%n%n%n%s%s", "؀؁؂", "\u0085\u2028\u2029"};

  private static void injection(Builder b) {
    Random r = b.rng;
    String payload = PAYLOADS[r.nextInt(PAYLOADS.length)];
    String field = pick(r, "targetName", "address", "description", "reporter.name", "reporter.email", "reporter.phone",
        "reporter.idNumber", "regionCode", "categories", "subcategories", "observedAt", "Idempotency-Key",
        "Accept-Language", "X-Access-Key", "trackingCode", "message", "appeal", "filename", "latitude");
    Map<String, Object> report = validReport(r);
    String label = "inject:" + field + ":" + shorten(payload);
    switch (field) {
      case "targetName", "address" -> {
        report.put(field, "某厂 " + payload);
        b.label(label).accept().submit(report);
      }
      case "description" -> {
        report.put(field, payload + " 夜间排放刺鼻气体，河道有黑色污水流出。");
        b.label(label).accept().submit(report);
      }
      case "reporter.name" -> {
        Map<String, Object> rep = realName(report, r);
        rep.put("name", payload.strip().isEmpty() ? "测" : shortenTo(payload, 50));
        b.label(label).submit(report);
      }
      case "reporter.email", "reporter.phone", "reporter.idNumber" -> {
        Map<String, Object> rep = realName(report, r);
        rep.put(field.substring(9), payload);
        b.label(label).reject().submit(report);
      }
      case "regionCode" -> {
        report.put(field, payload);
        b.label(label).reject().submit(report);
      }
      case "categories", "subcategories" -> {
        report.put(field, List.of("AIR", payload));
        b.label(label).reject().submit(report);
      }
      case "observedAt" -> {
        report.put(field, payload);
        b.label(label).reject().submit(report);
      }
      case "latitude" -> {
        report.put(field, payload);
        report.put("longitude", payload);
        b.label(label).reject().submit(report);
      }
      case "Idempotency-Key" -> b.label(label).submit(report).header("Idempotency-Key", "k-" + b.index + "-" + payload);
      case "Accept-Language" -> b.label(label).submit(report).header("Accept-Language", payload);
      case "X-Access-Key" -> b.label(label).reject().request("GET", REPORTS + "/{code}", null, null)
          .header("X-Access-Key", payload);
      case "trackingCode" -> b.label(label).reject().request("GET", REPORTS + "/" + urlEncode(payload), null, null)
          .header("X-Access-Key", "{key}");
      case "message" -> b.label(label).request("POST", REPORTS + "/{code}/messages", "application/json",
          utf8(json(Map.of("text", payload)))).header("X-Access-Key", "{key}");
      case "appeal" -> b.label(label).reject().request("POST", REPORTS + "/{code}/appeal", "application/json",
          utf8(json(Map.of("reason", payload + " 我不同意不予受理的决定。")))).header("X-Access-Key", "{key}");
      default -> b.label(label).submit(report, evidence(payload + ".jpg", "image/jpeg", jpeg(r)));
    }
  }

  private static void malformed(Builder b) {
    Random r = b.rng;
    String kind = pick(r, "no-report-part", "empty-report-part", "report-null", "report-array", "report-string",
        "report-number", "report-truncated", "report-invalid-utf8", "report-utf16", "report-comments", "report-trailing",
        "categories-null-element", "subcategories-null-element", "categories-string", "categories-empty",
        "categories-unknown", "subcategory-mismatch", "latitude-text", "latitude-only", "latitude-tiny-exponent",
        "observed-1960", "observed-0001", "observed-text", "observed-future", "observed-number", "ongoing-text",
        "reporter-array", "reward-without-declaration", "region-province", "region-short", "region-long",
        "region-number", "region-padded", "method-get", "method-put", "method-delete", "method-patch", "json-body",
        "text-body", "no-content-type", "multipart-no-boundary", "multipart-wrong-boundary", "multipart-truncated",
        "ten-files", "sixty-parts", "empty-file", "two-report-parts", "idempotency-201", "idempotency-blank",
        "header-10KB", "unknown-route", "follow-up-no-key", "follow-up-unknown-code", "message-bad-json",
        "message-wrong-type", "accept-xml", "accept-html", "evidence-no-files", "withdraw-wrong-key",
        "report-part-as-text", "charset-latin1");
    Map<String, Object> report = validReport(r);
    Expect expect = Expect.REJECT;
    switch (kind) {
      case "no-report-part" -> b.submitParts(List.of(evidence("photo.jpg", "image/jpeg", jpeg(r))));
      case "empty-report-part" -> b.submitRaw(new byte[0]);
      case "report-null" -> b.submitRaw(ascii("null"));
      case "report-array" -> b.submitRaw(ascii("[]"));
      case "report-string" -> b.submitRaw(ascii("\"report\""));
      case "report-number" -> b.submitRaw(ascii("42"));
      case "report-truncated" -> {
        byte[] full = utf8(json(report));
        b.submitRaw(Arrays.copyOf(full, 1 + r.nextInt(full.length - 2)));
      }
      case "report-invalid-utf8" -> b.submitRaw(concat(ascii("{\"targetName\":\""), bytes(0xC3, 0x28, 0xA0, 0xFF),
          ascii("\"}")));
      case "report-utf16" -> {
        b.submitRaw(concat(bytes(0xFE, 0xFF), json(report).getBytes(StandardCharsets.UTF_16BE)));
        expect = Expect.EITHER;
      }
      case "report-comments" -> b.submitRaw(utf8("/* x */ " + json(report)));
      case "report-trailing" -> {
        b.submitRaw(utf8(json(report) + " {\"x\":1} garbage"));
        expect = Expect.EITHER;
      }
      case "categories-null-element", "subcategories-null-element" -> {
        // refusing or ignoring the null are both fine; a 5xx is not
        b.submit(kind.startsWith("sub") ? put(report, "subcategories", new Raw("[null]"))
            : put(report, "categories", new Raw("[\"AIR\", null]")));
        expect = Expect.EITHER;
      }
      case "categories-string" -> b.submit(put(report, "categories", "AIR"));
      case "categories-empty" -> b.submit(put(report, "categories", List.of()));
      case "categories-unknown" -> b.submit(put(report, "categories", List.of("NUCLEAR")));
      case "subcategory-mismatch" -> b.submit(put(put(report, "categories", List.of("NOISE")), "subcategories",
          List.of("ODOUR")));
      case "latitude-text" -> b.submit(put(report, "latitude", "北纬29度"));
      case "latitude-only" -> b.submit(put(report, "longitude", null));
      case "latitude-tiny-exponent" -> {
        // rare on purpose: before the fix this exhausts a 512 MB heap (BigDecimal.toPlainString in the driver)
        String exponent = r.nextInt(4) == 0 ? "1e-999999999" : "1e-" + (1000 + r.nextInt(9000));
        b.submit(put(report, "latitude", new Raw(exponent)));
        if (exponent.length() > 8) {
          b.heavy();
        }
        expect = Expect.EITHER;
      }
      case "observed-1960" -> {
        b.submit(put(report, "observedAt", "1960-0" + (1 + r.nextInt(9)) + "-01T00:00:00Z"));
        expect = Expect.EITHER;
      }
      case "observed-0001" -> {
        b.submit(put(report, "observedAt", pick(r, "0001-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z")));
        expect = Expect.EITHER;
      }
      case "observed-text" -> b.submit(put(report, "observedAt", pick(r, "yesterday", "2025-02-30T00:00:00Z",
          "2025-13-01T00:00:00Z", "", "2025-06-01")));
      case "observed-future" -> b.submit(put(report, "observedAt", pick(r, "2999-01-01T00:00:00Z",
          "+999999999-12-31T23:59:59Z")));
      case "observed-number" -> b.submit(put(report, "observedAt", new Raw("1e20")));
      case "ongoing-text" -> b.submit(put(report, "ongoing", "vielleicht"));
      case "reporter-array" -> b.submit(put(put(report, "anonymous", false), "reporter", List.of("张三")));
      case "reward-without-declaration" -> b.submit(put(report, "wantsReward", true));
      case "region-province" -> b.submit(put(report, "regionCode", "540000"));
      case "region-short" -> b.submit(put(report, "regionCode", "5"));
      case "region-long" -> b.submit(put(report, "regionCode", "5401020000000000"));
      case "region-number", "region-padded" -> {
        b.submit(put(report, "regionCode", kind.equals("region-number") ? new Raw("540102") : " 540102 "));
        expect = Expect.EITHER;
      }
      case "method-get", "method-put", "method-delete", "method-patch" -> {
        b.submit(report);
        b.method = kind.substring(7).toUpperCase();
      }
      case "json-body" -> b.request("POST", REPORTS, "application/json", utf8(json(report)));
      case "text-body" -> b.request("POST", REPORTS, "text/plain", utf8("举报"));
      case "no-content-type" -> b.request("POST", REPORTS, null, utf8(json(report)));
      case "multipart-no-boundary" -> b.rawMultipart("multipart/form-data", multipartBody("B0UNDARY", report));
      case "multipart-wrong-boundary" -> b.rawMultipart("multipart/form-data; boundary=OTHER",
          multipartBody("B0UNDARY", report));
      case "multipart-truncated" -> {
        byte[] body = multipartBody("B0UNDARY", report);
        b.rawMultipart("multipart/form-data; boundary=B0UNDARY", Arrays.copyOf(body, body.length / 2));
      }
      case "ten-files" -> {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
          parts.add(evidence("p" + i + ".jpg", "image/jpeg", jpeg(r)));
        }
        b.submit(report, parts.toArray(Part[]::new));
      }
      case "sixty-parts" -> {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          parts.add(new Part("f" + i, null, null, ascii("v" + i)));
        }
        b.containerLevel().submit(report, parts.toArray(Part[]::new));
      }
      case "empty-file" -> b.submit(report, evidence("empty.jpg", "image/jpeg", new byte[0]));
      case "two-report-parts" -> {
        b.submit(report, new Part("report", "report.json", "application/json", utf8(json(put(validReport(r), "regionCode", "x")))));
        expect = Expect.EITHER;
      }
      case "idempotency-201" -> b.submit(report).header("Idempotency-Key", "k".repeat(201));
      case "idempotency-blank" -> {
        b.submit(report).header("Idempotency-Key", "   ");
        expect = Expect.ACCEPT;
      }
      case "header-10KB" -> b.containerLevel().submit(report).header("X-Filler", "h".repeat(10_000));
      case "unknown-route" -> b.request(pick(r, "GET", "POST"), pick(r, "/api/v1/nope", "/api/v2/reports",
          "/api/v1/reports/{code}/nope", "/api/v1/admin/audit"), null, null);
      case "follow-up-no-key" -> b.request("GET", REPORTS + "/{code}", null, null);
      case "follow-up-unknown-code" -> b.request("GET", REPORTS + "/GW0000000000", null, null).header("X-Access-Key", "{key}");
      case "message-bad-json" -> b.request("POST", REPORTS + "/{code}/messages", "application/json", ascii("{\"text\":"))
          .header("X-Access-Key", "{key}");
      case "message-wrong-type" -> b.request("POST", REPORTS + "/{code}/messages", "text/plain", ascii("hi"))
          .header("X-Access-Key", "{key}");
      case "accept-xml", "accept-html" -> {
        // a 2xx must carry the receipt; an error answer must not hide a stored report (see docs/reliability.md)
        b.submit(report).header("Accept", kind.equals("accept-xml") ? "application/xml" : "text/html");
        expect = Expect.EITHER;
      }
      case "evidence-no-files" -> {
        b.request("POST", REPORTS + "/{code}/evidence", null, null).header("X-Access-Key", "{key}");
        b.parts = List.of(new Part("note", null, null, ascii("x")));
        expect = Expect.EITHER;
      }
      case "withdraw-wrong-key" -> b.request("POST", REPORTS + "/{code}/withdraw", null, null)
          .header("X-Access-Key", "WRONGKEY00000000000000000");
      case "report-part-as-text" -> {
        // a form field as curl -F and wx.uploadFile send it: an accepted shape since issue #16
        b.submitParts(List.of(new Part("report", null, "text/plain", utf8(json(report)))));
        expect = Expect.ACCEPT;
      }
      default -> {
        b.submitParts(List.of(new Part("report", "report.json", "application/json; charset=ISO-8859-1",
            json(put(report, "targetName", "Fabrik ÄÖÜ")).getBytes(StandardCharsets.ISO_8859_1))));
        expect = Expect.EITHER;
      }
    }
    b.label("malformed:" + kind).expect = expect;
  }

  // ------------------------------------------------------------------ verdicts

  public enum Verdict {
    REJECTED_CLEARLY(true), ACCEPTED(true), SERVER_ERROR(false), UNCLEAR_REJECTION(false), UNEXPECTED_ACCEPT(false),
    DISALLOWED_FILE_ACCEPTED(false), UNEXPECTED_REJECTION(true);

    public final boolean pass;

    Verdict(boolean pass) {
      this.pass = pass;
    }
  }

  /**
   * Judges one answer. {@code container}: whether a servlet container with its header and part limits answered
   * (false for MockMvc, where container-level refusals cannot happen). UNEXPECTED_REJECTION (a legitimate report
   * refused) is counted but passes: over-strict is safe.
   */
  public static Verdict judge(Item item, int status, String contentType, String body, boolean container) {
    if (status >= 500) {
      return Verdict.SERVER_ERROR;
    }
    if (status >= 200 && status < 300) {
      if (item.disallowedFile()) {
        return Verdict.DISALLOWED_FILE_ACCEPTED;
      }
      if (item.expect() == Expect.REJECT && (container || !item.containerLevel())) {
        return Verdict.UNEXPECTED_ACCEPT;
      }
      return Verdict.ACCEPTED;
    }
    boolean problem = contentType != null && contentType.toLowerCase().startsWith("application/problem+json")
        && body != null && body.matches("(?s).*\"detail\"\\s*:\\s*\"[^\"]+.*");
    if (status < 400 || !problem) {
      return Verdict.UNCLEAR_REJECTION;
    }
    return item.expect() == Expect.ACCEPT ? Verdict.UNEXPECTED_REJECTION : Verdict.REJECTED_CLEARLY;
  }

  /** Leading bytes of each allowed type, to check that a stored file really is what its row says. */
  public static boolean magicMatches(String mediaType, byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 16), StandardCharsets.ISO_8859_1);
    return switch (mediaType) {
      case "image/jpeg" -> s.startsWith("\u00FF\u00D8\u00FF");
      case "image/png" -> s.startsWith("\u0089PNG\r\n\u001A\n");
      case "image/webp" -> s.startsWith("RIFF") && s.startsWith("WEBP", 8);
      case "audio/wav" -> s.startsWith("RIFF") && s.startsWith("WAVE", 8);
      case "application/pdf" -> s.startsWith("%PDF");
      case "audio/amr" -> s.startsWith("#!AMR");
      case "audio/mpeg" -> s.startsWith("ID3") || head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0;
      case "audio/aac" -> s.startsWith("ADIF") || head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xF6) == 0xF0;
      default -> s.length() >= 8 && (s.startsWith("ftyp", 4) || s.startsWith("moov", 4) || s.startsWith("mdat", 4)
          || s.startsWith("wide", 4) || s.startsWith("free", 4));
    };
  }

  /** What EvidenceInspector.displayName promises: no path, no control characters, at most 200 characters. */
  public static boolean displayNameSafe(String name) {
    return name != null && !name.isEmpty() && name.length() <= 200 && name.indexOf('/') < 0 && name.indexOf('\\') < 0
        && !name.startsWith(".") && !name.matches("(?s).*[\\p{Cntrl}\\p{Cf}].*");
  }

  // ------------------------------------------------------------------ reports

  public static Map<String, Object> validReport(Random r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("categories", List.of(pick(r, "AIR", "WATER", "NOISE", "SOLID_WASTE", "SOIL", "ECOLOGY")));
    m.put("targetName", "某化工厂" + r.nextInt(1000));
    m.put("regionCode", COUNTIES[r.nextInt(COUNTIES.length)]);
    m.put("address", "工业园 " + r.nextInt(100) + " 号");
    m.put("latitude", new Raw("29.6" + r.nextInt(10)));
    m.put("longitude", new Raw("91.1" + r.nextInt(10)));
    m.put("observedAt", OBSERVED);
    m.put("ongoing", r.nextBoolean());
    m.put("description", "夜间排放刺鼻气体，河道有黑色污水流出。编号" + r.nextInt(100_000));
    m.put("anonymous", true);
    m.put("wantsReward", false);
    return m;
  }

  /** Makes the report real-name with a valid identity (not the sample values .ci/test searches the logs for). */
  private static Map<String, Object> realName(Map<String, Object> report, Random r) {
    Map<String, Object> rep = new LinkedHashMap<>();
    rep.put("name", "可靠性测试人");
    rep.put("idNumber", residentId(r));
    rep.put("phone", "13" + (5 + r.nextInt(5)) + String.format("%08d", r.nextInt(100_000_000)));
    report.put("anonymous", false);
    report.put("reporter", rep);
    return rep;
  }

  /** A valid 18-digit resident ID number (GB 11643 check digit) for region 540102. */
  public static String residentId(Random r) {
    String body = "540102" + (1960 + r.nextInt(40)) + String.format("%02d%02d%03d", 1 + r.nextInt(12), 1 + r.nextInt(28),
        r.nextInt(1000));
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * w[i];
    }
    return body + "10X98765432".charAt(sum % 11);
  }

  private static Map<String, Object> put(Map<String, Object> m, String k, Object v) {
    m.put(k, v);
    return m;
  }

  public static Part evidence(String name, String type, byte[] content) {
    return new Part("evidence", name, type, content);
  }

  // ------------------------------------------------------------------ JSON

  /** Raw JSON text, written as it is (for malformed numbers, nulls inside arrays, deep nesting). */
  public record Raw(String json) {
  }

  public static String json(Object o) {
    StringBuilder sb = new StringBuilder();
    write(sb, o);
    return sb.toString();
  }

  @SuppressWarnings("unchecked")
  private static void write(StringBuilder sb, Object o) {
    if (o == null) {
      sb.append("null");
    } else if (o instanceof Raw raw) {
      sb.append(raw.json());
    } else if (o instanceof String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\r' -> sb.append("\\r");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20 || Character.isSurrogate(c) && !validPair(s, i)) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      sb.append('"');
    } else if (o instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, e.getKey().toString());
        sb.append(':');
        write(sb, e.getValue());
      }
      sb.append('}');
    } else if (o instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, l.get(i));
      }
      sb.append(']');
    } else {
      sb.append(o);
    }
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  // ------------------------------------------------------------------ multipart (for the raw HTTP runner)

  /** The multipart body of a submission as a browser would send it (the part headers in UTF-8). */
  public static byte[] multipartBody(String boundary, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Part p : parts) {
      out.writeBytes(ascii("--" + boundary + "\r\n"));
      if (p.rawHeader() != null) {
        out.writeBytes(utf8(p.rawHeader() + "\r\n"));
      } else {
        String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\""
            + (p.filename() == null ? "" : "; filename=\"" + p.filename().replace("\"", "\\\"") + "\"");
        out.writeBytes(utf8(disposition + "\r\n"));
      }
      if (p.contentType() != null) {
        out.writeBytes(utf8("Content-Type: " + p.contentType() + "\r\n"));
      }
      out.writeBytes(ascii("\r\n"));
      out.writeBytes(p.content());
      out.writeBytes(ascii("\r\n"));
    }
    out.writeBytes(ascii("--" + boundary + "--\r\n"));
    return out.toByteArray();
  }

  private static byte[] multipartBody(String boundary, Map<String, Object> report) {
    return multipartBody(boundary, List.of(new Part("report", "report.json", "application/json", utf8(json(report)))));
  }

  // ------------------------------------------------------------------ builder

  private static final class Builder {
    final int index;
    final String category;
    final Random rng;
    String label = "?";
    String method = "POST";
    String path = REPORTS;
    List<String[]> headers = new ArrayList<>();
    List<Part> parts;
    String contentType;
    byte[] body;
    Expect expect = Expect.EITHER;
    boolean disallowed;
    boolean heavy;
    boolean containerLevel;

    Builder(int index, String category, Random rng) {
      this.index = index;
      this.category = category;
      this.rng = rng;
    }

    Builder label(String l) {
      this.label = l;
      return this;
    }

    Builder reject() {
      expect = Expect.REJECT;
      return this;
    }

    Builder accept() {
      expect = Expect.ACCEPT;
      return this;
    }

    Builder disallowed() {
      disallowed = true;
      return this;
    }

    Builder heavy() {
      heavy = true;
      return this;
    }

    /** Refused by the servlet container (header and part limits), which MockMvc does not have. */
    Builder containerLevel() {
      containerLevel = true;
      return this;
    }

    Builder header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Builder submit(Map<String, Object> report, Part... files) {
      List<Part> p = new ArrayList<>();
      p.add(new Part("report", "report.json", "application/json", utf8(json(report))));
      p.addAll(List.of(files));
      return submitParts(p);
    }

    Builder submitRaw(byte[] reportJson) {
      return submitParts(List.of(new Part("report", "report.json", "application/json", reportJson)));
    }

    Builder submitParts(List<Part> p) {
      method = "POST";
      path = REPORTS;
      parts = p;
      return this;
    }

    Builder request(String m, String p, String type, byte[] b) {
      method = m;
      path = p;
      contentType = type;
      body = b;
      parts = null;
      return this;
    }

    Builder rawMultipart(String type, byte[] b) {
      return request("POST", REPORTS, type, b);
    }

    Item build() {
      return new Item(index, category, label, method, path, List.copyOf(headers), parts == null ? null : List.copyOf(parts),
          contentType, body, expect, disallowed, heavy, containerLevel);
    }
  }

  // ------------------------------------------------------------------ file builders

  private static byte[] cached(String key, Supplier<byte[]> make) {
    return CACHE.computeIfAbsent(key, k -> make.get());
  }

  private static byte[] jpeg(Random r) {
    int w = 16 + r.nextInt(240);
    int h = 16 + r.nextInt(180);
    return image("jpg", w, h, r);
  }

  private static byte[] pngImage(Random r) {
    return image("png", 16 + r.nextInt(200), 16 + r.nextInt(150), r);
  }

  private static byte[] image(String format, int w, int h, Random r) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(r.nextInt(0xFFFFFF)), w, h, new Color(r.nextInt(0xFFFFFF))));
    g.fillRect(0, 0, w, h);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(w / 4, h / 4, w / 2, h / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(img, format, out)) {
        throw new IllegalStateException("no writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] gif() {
    return concat(ascii("GIF89a"), bytes(1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x21, 0xF9, 4, 1, 0, 0, 0, 0,
        0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 1, 0, 0x3B));
  }

  /** A JPEG with an extra segment (marker 0xFFxx) right after SOI. */
  private static byte[] jpegWithSegment(byte[] jpeg, int marker, byte[] payload) {
    int len = Math.min(payload.length, 65_533);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0xFF);
    out.write(0xD8);
    out.write(0xFF);
    out.write(marker);
    out.write((len + 2) >> 8);
    out.write((len + 2) & 0xFF);
    out.write(payload, 0, len);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static byte[] exifJpeg(byte[] jpeg, byte[] tiff) {
    return jpegWithSegment(jpeg, 0xE1, concat(ascii("Exif\0\0"), tiff));
  }

  /** A baseline JPEG header claiming 65500 × 65500 pixels, then a little scan data. */
  private static byte[] jpegHugeDimensions() {
    byte[] small = image("jpg", 8, 8, new Random(1));
    byte[] out = small.clone();
    for (int i = 2; i + 8 < out.length; i++) {
      if ((out[i] & 0xFF) == 0xFF && (out[i + 1] & 0xFF) == 0xC0) {
        out[i + 5] = (byte) 0xFF;
        out[i + 6] = (byte) 0xDC;
        out[i + 7] = (byte) 0xFF;
        out[i + 8] = (byte) 0xDC;
        break;
      }
    }
    return out;
  }

  static byte[] chunk(String type, byte[] data) {
    ByteBuffer buf = ByteBuffer.allocate(12 + data.length);
    buf.putInt(data.length).put(ascii(type)).put(data);
    CRC32 crc = new CRC32();
    crc.update(ascii(type));
    crc.update(data);
    buf.putInt((int) crc.getValue());
    return buf.array();
  }

  /** A valid PNG of zero pixels (colour type 2 = RGB, 6 = RGBA) with extra chunks before IDAT; IDAT streamed. */
  static byte[] png(int w, int h, int colorType, int bitDepth, List<byte[]> extra) {
    int channels = colorType == 6 ? 4 : colorType == 2 ? 3 : 1;
    long rowBytes = 1 + (long) w * channels * bitDepth / 8;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) bitDepth).put((byte) colorType)
        .put((byte) 0).put((byte) 0).put((byte) 0).array()));
    extra.forEach(out::writeBytes);
    out.writeBytes(chunk("IDAT", deflateZeros(rowBytes * h)));
    out.writeBytes(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  private static byte[] pngHeaderOnly(int w, int h) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));
    out.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 16).put((byte) 6)
        .put((byte) 0).put((byte) 0).put((byte) 0).array()));
    out.writeBytes(chunk("IDAT", deflateZeros(1 << 20)));
    out.writeBytes(chunk("IEND", new byte[0]));
    return out.toByteArray();
  }

  /** zlib stream of {@code n} zero bytes, without holding them in memory. */
  static byte[] deflateZeros(long n) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1 << 16];
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long left = n;
    while (left > 0) {
      int len = (int) Math.min(zeros.length, left);
      d.setInput(zeros, 0, len);
      left -= len;
      while (!d.needsInput()) {
        out.write(buf, 0, d.deflate(buf));
      }
    }
    d.finish();
    while (!d.finished()) {
      out.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return out.toByteArray();
  }

  private static byte[] zipZeros(long n) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.setLevel(9);
        zip.putNextEntry(new ZipEntry("zeros.bin"));
        byte[] zeros = new byte[1 << 16];
        for (long left = n; left > 0; left -= zeros.length) {
          zip.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzipZeros(long n) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        byte[] zeros = new byte[1 << 16];
        for (long left = n; left > 0; left -= zeros.length) {
          gz.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] zip(String name, byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] content) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(content);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Little-endian TIFF structures for the APP1 EXIF segment. */
  static final class Exif {
    private record Entry(int tag, int type, long count, byte[] value) {
    }

    static byte[] date(String value) {
      return tiff(withExif(List.of(new Entry(0x9003, 2, 20, asciiz(value, 20)), new Entry(0x9004, 2, 20, asciiz(value, 20)))));
    }

    static byte[] gps(long[] lat, long[] lng) {
      return tiffWithGps(List.of(new Entry(1, 2, 2, asciiz("N", 2)), new Entry(2, 5, 3, rationals(lat)),
          new Entry(3, 2, 2, asciiz("E", 2)), new Entry(4, 5, 3, rationals(lng))));
    }

    static byte[] description(String text) {
      return tiff(List.of(new Entry(0x010E, 2, text.length() + 1, asciiz(text, text.length() + 1))));
    }

    static byte[] makerNote(byte[] note) {
      return tiff(withExif(List.of(new Entry(0x927C, 7, note.length, note))));
    }

    static byte[] manyEntries(int n) {
      List<Entry> entries = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        entries.add(new Entry(0x1000 + i, 3, 1, new byte[] {1, 0, 0, 0}));
      }
      return tiff(entries);
    }

    static byte[] hugeCount() {
      ByteBuffer b = header();
      b.putShort((short) 2);
      b.putShort((short) 0x010E).putShort((short) 2).putInt(0x7FFF_FFFF).putInt(38);
      b.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(0x7FFF_FFF0);
      b.putInt(0);
      b.put(ascii("x\0"));
      return trim(b);
    }

    static byte[] loop() {
      ByteBuffer b = header();
      b.putShort((short) 1);
      b.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(8); // Exif IFD = IFD0 itself
      b.putInt(8); // next IFD = IFD0 again
      return trim(b);
    }

    static byte[] offsetOutside() {
      ByteBuffer b = header();
      b.putShort((short) 2);
      b.putShort((short) 0x010F).putShort((short) 2).putInt(4000).putInt(0x00FF_FFFF);
      b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(0x7000_0000);
      b.putInt(0xFFFF_FFF0);
      return trim(b);
    }

    private static List<Entry> withExif(List<Entry> exif) {
      List<Entry> all = new ArrayList<>();
      all.add(new Entry(0x8769, 4, 1, null)); // pointer filled by tiff()
      all.addAll(exif);
      return all;
    }

    private static byte[] tiffWithGps(List<Entry> gps) {
      List<Entry> all = new ArrayList<>();
      all.add(new Entry(0x8825, 4, 1, null));
      all.addAll(gps);
      return tiff(all);
    }

    /** IFD0 with the entries up to a null-valued pointer entry; the entries after it go into the sub-IFD. */
    static byte[] tiff(List<Entry> entries) {
      int split = -1;
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).value() == null) {
          split = i;
        }
      }
      List<Entry> ifd0 = split < 0 ? entries : entries.subList(0, split + 1);
      List<Entry> sub = split < 0 ? List.of() : entries.subList(split + 1, entries.size());
      int size = 8 + ifdSize(ifd0) + ifdSize(sub) + 16;
      ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
      b.put(ascii("II")).putShort((short) 42).putInt(8);
      int subOffset = 8 + ifdSize(ifd0);
      writeIfd(b, ifd0, 8, subOffset);
      if (!sub.isEmpty()) {
        writeIfd(b, sub, subOffset, 0);
      }
      return trim(b);
    }

    private static int ifdSize(List<Entry> entries) {
      if (entries.isEmpty()) {
        return 0;
      }
      int size = 2 + 12 * entries.size() + 4;
      for (Entry e : entries) {
        if (e.value() != null && e.value().length > 4) {
          size += e.value().length + (e.value().length & 1);
        }
      }
      return size;
    }

    private static void writeIfd(ByteBuffer b, List<Entry> entries, int at, int pointer) {
      int data = at + 2 + 12 * entries.size() + 4;
      b.position(at);
      b.putShort((short) entries.size());
      List<byte[]> blobs = new ArrayList<>();
      for (Entry e : entries) {
        b.putShort((short) e.tag()).putShort((short) e.type()).putInt((int) e.count());
        if (e.value() == null) {
          b.putInt(pointer);
        } else if (e.value().length <= 4) {
          b.put(Arrays.copyOf(e.value(), 4));
        } else {
          b.putInt(data);
          blobs.add(e.value());
          data += e.value().length + (e.value().length & 1);
        }
      }
      b.putInt(0);
      for (byte[] blob : blobs) {
        b.put(blob);
        if ((blob.length & 1) == 1) {
          b.put((byte) 0);
        }
      }
    }

    private static ByteBuffer header() {
      ByteBuffer b = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
      b.put(ascii("II")).putShort((short) 42).putInt(8);
      return b;
    }

    private static byte[] trim(ByteBuffer b) {
      return Arrays.copyOf(b.array(), Math.max(b.position(), 8));
    }

    private static byte[] rationals(long[] v) {
      ByteBuffer b = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
      for (long x : v) {
        b.putInt((int) x);
      }
      return b.array();
    }

    private static byte[] asciiz(String s, int len) {
      return Arrays.copyOf(s.getBytes(StandardCharsets.US_ASCII), len);
    }
  }

  // ------------------------------------------------------------------ helpers

  @SafeVarargs
  private static <T> T pick(Random r, T... options) {
    return options[r.nextInt(options.length)];
  }

  private static String shorten(String s) {
    String x = s.replaceAll("\\p{Cntrl}", "?");
    return x.length() > 24 ? x.substring(0, 24) + "…" : x;
  }

  private static String shortenTo(String s, int max) {
    return s.length() > max ? s.substring(0, max) : s;
  }

  private static String urlEncode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] random(Random r, int n) {
    byte[] b = new byte[n];
    r.nextBytes(b);
    return b;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
