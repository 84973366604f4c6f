import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** reliability/probe.sh: a 96x96 JPEG of noise (every 32-byte window distinctive); run as `java ProbeJpeg.java OUT`. */
public class ProbeJpeg {
  public static void main(String[] args) throws Exception {
    BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(20261205);
    for (int y = 0; y < 96; y++) {
      for (int x = 0; x < 96; x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    ImageIO.write(image, "jpg", new File(args[0]));
  }
}
