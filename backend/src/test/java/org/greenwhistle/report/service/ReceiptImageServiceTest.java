package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.domain.ReportStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The saved receipt picture: every string drawable with the shipped font, and a QR code without the key. */
class ReceiptImageServiceTest {
  private static final Receipt RECEIPT = new Receipt("GW0123456789", "ABCDEFGHJKMNPQRSTVWXYZ0123", ReportStatus.values()[0]);
  private static final Instant SUBMITTED = Instant.parse("2026-12-05T06:30:00Z");

  private final ResourceBundleMessageSource messages = messages();
  private final ReceiptImageService images = new ReceiptImageService(messages,
      Clock.fixed(SUBMITTED, ZoneOffset.UTC), "https://greenwhistle.example.gov.cn/");

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theShippedFontDisplaysEveryReceiptString(String language) {
    Locale locale = Locale.forLanguageTag(language);
    Font font = ReceiptImageService.loadFont();
    List<String> strings = new ArrayList<>();
    for (String key : ReceiptImageService.TEXT_KEYS) {
      strings.add(messages.getMessage(key, null, locale));
    }
    // the variable parts: codes (Crockford base32), the date line and the follow-up address
    strings.add(ReceiptCodes.display(RECEIPT.trackingCode()));
    strings.add(ReceiptCodes.display(RECEIPT.accessKey()));
    strings.add("2026-12-05 14:30 (UTC+8)");
    strings.add(images.followUpLink(RECEIPT.trackingCode()));
    for (String s : strings) {
      assertThat(font.canDisplayUpTo(s)).as("shipped font displays \"%s\" (%s)", s, language).isEqualTo(-1);
    }
  }

  @Test
  void theQrCodeOpensTheFollowUpPageWithTheTrackingCodeButNeverTheKey() throws Exception {
    byte[] png = images.png(RECEIPT, SUBMITTED, Locale.SIMPLIFIED_CHINESE);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(900);

    String content = decodeQr(image);

    assertThat(content).isEqualTo("https://greenwhistle.example.gov.cn/follow-up?code=GW-01234-56789");
    assertThat(content.replace("-", "")).doesNotContain(RECEIPT.accessKey()).doesNotContain("ABCDE");
  }

  @Test
  void englishReceiptsRenderToo() throws Exception {
    byte[] png = images.png(RECEIPT, Locale.ENGLISH);
    assertThat(decodeQr(ImageIO.read(new ByteArrayInputStream(png)))).endsWith("/follow-up?code=GW-01234-56789");
  }

  /** Every code decodes, whatever the text around the QR code (a phone's scanner is at least as fussy as ZXing's). */
  @Test
  void theQrCodeOfAnyReceiptDecodesInBothLanguages() throws Exception {
    java.util.Random random = new java.util.Random(20261205);
    String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    ReceiptImageService local = new ReceiptImageService(messages, Clock.fixed(SUBMITTED, ZoneOffset.UTC),
        "http://localhost:8080");
    for (int i = 0; i < 60; i++) {
      StringBuilder code = new StringBuilder("GW");
      StringBuilder key = new StringBuilder();
      for (int c = 0; c < 10; c++) {
        code.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (int c = 0; c < 26; c++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Receipt receipt = new Receipt(code.toString(), key.toString(), ReportStatus.values()[0]);
      Locale locale = i % 2 == 0 ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      byte[] png = local.png(receipt, SUBMITTED.plusSeconds(3_600L * i), locale);
      assertThat(decodeQr(ImageIO.read(new ByteArrayInputStream(png)))).as("receipt %s (%s)", code, locale)
          .isEqualTo("http://localhost:8080/follow-up?code=" + ReceiptCodes.display(code.toString()));
    }
  }

  static String decodeQr(BufferedImage image) throws Exception {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
        Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("i18n/messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
