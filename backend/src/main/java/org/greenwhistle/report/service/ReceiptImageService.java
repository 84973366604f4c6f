package org.greenwhistle.report.service;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.AttributedString;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.greenwhistle.report.domain.Receipt;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The receipt as a picture the reporter can keep on a phone (WeChat's browser cannot print): tracking code, access
 * key, date and a QR code of the follow-up page. The QR holds the public follow-up address with the tracking code
 * only, never the key. Text is drawn with a bundled CJK font subset, so no system font is needed.
 */
@Service
public class ReceiptImageService {
  /** Every message the picture draws; the font subset is made from these (fonts/receipt/README.md). */
  public static final List<String> TEXT_KEYS = List.of("app.name", "receiptImage.title", "receipt.code",
      "receipt.key", "receiptImage.date", "receiptImage.scan", "receiptImage.warning");
  static final String FONT = "/fonts/receipt/wqy-microhei-receipt.ttf";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC+8)'").withZone(CHINA);
  private static final int WIDTH = 900;
  private static final int MARGIN = 56;
  private static final int QR_SIZE = 480;
  private static final Color INK = new Color(0x1a, 0x1a, 0x1a);
  private static final Color MUTED = new Color(0x55, 0x55, 0x55);
  private static final Color WARNING = new Color(0xb0, 0x00, 0x20);

  private final MessageSource messages;
  private final Clock clock;
  private final String publicUrl;
  private final Font font;

  public ReceiptImageService(MessageSource messages, Clock clock, @Value("${greenwhistle.public-url}") String publicUrl) {
    this.messages = messages;
    this.clock = clock;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
    this.font = loadFont();
  }

  /** The bundled font (package-visible for the test that it covers every receipt string). */
  static Font loadFont() {
    try (InputStream in = ReceiptImageService.class.getResourceAsStream(FONT)) {
      if (in == null) {
        throw new IllegalStateException("receipt font missing from the classpath: " + FONT);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("receipt font unreadable: " + FONT, e);
    }
  }

  /** The address the QR code opens: the follow-up page with the tracking code filled in (never the key). */
  public String followUpLink(String trackingCode) {
    return publicUrl + "/follow-up?code=" + URLEncoder.encode(ReceiptCodes.display(trackingCode), StandardCharsets.UTF_8);
  }

  /** The PNG of a receipt issued now (called right after the submission). */
  public byte[] png(Receipt receipt, Locale locale) {
    return png(receipt, clock.instant(), locale);
  }

  /** The PNG bytes; {@code submittedAt} is when the receipt was issued. */
  public byte[] png(Receipt receipt, Instant submittedAt, Locale locale) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(text("app.name", locale), 30f, MUTED, 12));
    lines.add(new Line(text("receiptImage.title", locale), 48f, INK, 28));
    lines.add(new Line(text("receipt.code", locale), 28f, MUTED, 4));
    lines.add(new Line(ReceiptCodes.display(receipt.trackingCode()), 52f, INK, 22));
    lines.add(new Line(text("receipt.key", locale), 28f, MUTED, 4));
    lines.add(new Line(ReceiptCodes.display(receipt.accessKey()), 44f, INK, 22));
    lines.add(new Line(text("receiptImage.date", locale), 28f, MUTED, 4));
    lines.add(new Line(DATE.format(submittedAt), 34f, INK, 28));
    List<Line> afterQr = List.of(new Line(text("receiptImage.scan", locale), 26f, MUTED, 4),
        new Line(followUpLink(receipt.trackingCode()), 24f, MUTED, 28),
        new Line(text("receiptImage.warning", locale), 32f, WARNING, 0));

    // measured on a scratch image first, so the picture is exactly as tall as its content
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D probe = prepare(scratch.createGraphics());
    int height = MARGIN + draw(probe, lines, MARGIN, false) + QR_SIZE + 16 + draw(probe, afterQr, 0, false) + MARGIN;
    probe.dispose();

    BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = prepare(image.createGraphics());
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, height);
    int y = MARGIN + draw(g, lines, MARGIN, true);
    drawQr(g, followUpLink(receipt.trackingCode()), (WIDTH - QR_SIZE) / 2, y);
    y += QR_SIZE + 16;
    draw(g, afterQr, y, true);
    g.setColor(WARNING);
    g.fillRect(0, 0, WIDTH, 12);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String text(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private static Graphics2D prepare(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    return g;
  }

  /** Draws (or only measures) the lines wrapped to the picture's width; returns the height used. */
  private int draw(Graphics2D g, List<Line> lines, int top, boolean paint) {
    FontRenderContext context = g.getFontRenderContext();
    float y = top;
    for (Line line : lines) {
      AttributedString styled = new AttributedString(line.text(), Map.of(TextAttribute.FONT, font.deriveFont(line.size())));
      LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), context);
      while (measurer.getPosition() < line.text().length()) {
        TextLayout layout = measurer.nextLayout(WIDTH - 2f * MARGIN);
        y += layout.getAscent();
        if (paint) {
          g.setColor(line.color());
          layout.draw(g, MARGIN, y);
        }
        y += layout.getDescent() + layout.getLeading();
      }
      y += line.spaceAfter();
    }
    return Math.round(y) - top;
  }

  private static void drawQr(Graphics2D g, String content, int x, int y) {
    BitMatrix matrix = readableQr(content);
    g.setColor(Color.BLACK);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int col = 0; col < matrix.getWidth(); col++) {
        if (matrix.get(col, row)) {
          g.fillRect(x + col, y + row, 1, 1);
        }
      }
    }
  }

  /**
   * The QR code, checked by reading it back: for a few contents the mask the encoder picks leaves shapes in the
   * data that a detector takes for finder patterns (ZXing's misses about one in sixty receipts), so the next mask
   * is tried until the symbol reads back as its content.
   */
  static BitMatrix readableQr(String content) {
    try {
      for (int mask = -1; mask < 8; mask++) {
        Map<EncodeHintType, Object> hints = new java.util.EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 4);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        if (mask >= 0) {
          hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        BitMatrix matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE,
            hints);
        if (content.equals(readBack(matrix))) {
          return matrix;
        }
      }
    } catch (WriterException e) {
      throw new IllegalStateException("QR code for the follow-up address failed", e);
    }
    throw new IllegalStateException("No QR code for the follow-up address reads back");
  }

  private static String readBack(BitMatrix matrix) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    int[] pixels = new int[width * height];
    for (int row = 0; row < height; row++) {
      for (int col = 0; col < width; col++) {
        pixels[row * width + col] = matrix.get(col, row) ? 0xFF000000 : 0xFFFFFFFF;
      }
    }
    try {
      return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
              new com.google.zxing.common.HybridBinarizer(new com.google.zxing.RGBLuminanceSource(width, height, pixels))),
          Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    } catch (com.google.zxing.ReaderException e) {
      return null;
    }
  }

  private record Line(String text, float size, Color color, int spaceAfter) {
  }
}
