package org.greenwhistle.bench.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Real JPEG photos of about a target size: RGB noise (so they do not compress away), quality 0.85. */
public final class Jpegs {
  private Jpegs() {
  }

  /** {@code count} distinct JPEGs of about {@code targetBytes} each (within ~10 %). */
  public static List<byte[]> noise(int count, int targetBytes, long seed) {
    Random random = new Random(seed);
    int side = 200;
    byte[] probe = encode(side, side, random);
    for (int i = 0; i < 4 && Math.abs(probe.length - targetBytes) > targetBytes / 20; i++) {
      side = (int) Math.max(16, Math.round(side * Math.sqrt(targetBytes / (double) probe.length)));
      probe = encode(side, side, random);
    }
    List<byte[]> out = new ArrayList<>();
    out.add(probe);
    while (out.size() < count) {
      out.add(encode(side, side, random));
    }
    return out;
  }

  static byte[] encode(int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
