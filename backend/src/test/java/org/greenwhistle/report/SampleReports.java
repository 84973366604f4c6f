package org.greenwhistle.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import javax.imageio.ImageIO;

/** Sample input for report tests; the reporter values are also searched for in the test logs by .ci/test. */
public final class SampleReports {
  public static final String NAME = "测试举报人甲";
  public static final String ID_NUMBER = "11010519491231002X";
  public static final String PHONE = "13912345678";
  public static final String EMAIL = "reporter-sample@example.com";

  private SampleReports() {
  }

  public static String anonymousJson(String regionCode) {
    return """
        {"categories":["AIR","WATER"],"subcategories":["ODOUR"],"targetName":"某化工厂",
         "regionCode":"%s","address":"沿滩区工业园 3 号","latitude":29.27,"longitude":104.87,
         "observedAt":"2026-11-20T08:30:00+08:00","ongoing":true,
         "description":"夜间排放刺鼻气体，河道有黑色污水流出。","anonymous":true,"wantsReward":false}
        """.formatted(regionCode);
  }

  public static String realNameJson(String idNumber) {
    return """
        {"categories":["HAZARDOUS_WASTE"],"targetName":"某金属加工厂","regionCode":"510311",
         "address":"沿滩区某路 8 号","observedAt":"2026-11-21T10:00:00+08:00","ongoing":false,
         "description":"危险废物露天堆放，下雨时渗滤液流入农田。","anonymous":false,
         "reporter":{"name":"%s","idNumber":"%s","phone":"%s","email":"%s"},
         "wantsReward":true,"notExcludedPerson":true}
        """.formatted(NAME, idNumber, PHONE, EMAIL);
  }

  public static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40, 90, 60));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.DARK_GRAY);
    g.fillOval(width / 4, height / 4, width / 2, height / 2);
    g.dispose();
    return encode(image, "jpg");
  }

  /** Random pixels compress badly: a PNG of the given size in pixels is several bytes per pixel. */
  public static byte[] noisePng(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return encode(image, "png");
  }

  private static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lets .ci/test search the logs for values only known at run time (access keys). */
  public static void rememberSecret(String value) {
    try {
      Path file = Path.of("target", "secret-values.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(file, value + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
