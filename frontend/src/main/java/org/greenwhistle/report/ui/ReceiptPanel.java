package org.greenwhistle.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.report.service.ReceiptImageService;

/**
 * The receipt, shown once: tracking code and access key, a picture of both to keep (WeChat's browser cannot print),
 * printable, with a plain warning. Focus moves to its heading so screen readers announce it.
 */
class ReceiptPanel extends VerticalLayout {

  ReceiptPanel(Receipt receipt, ReceiptImageService images) {
    setPadding(false);
    H2 heading = new H2(getTranslation("receipt.heading"));
    heading.setId("receipt-heading");
    heading.getElement().setAttribute("tabindex", "-1");
    Span code = new Span(ReceiptCodes.display(receipt.trackingCode()));
    code.setId("receipt-code");
    Span key = new Span(ReceiptCodes.display(receipt.accessKey()));
    key.setId("receipt-key");
    for (Span s : new Span[] {code, key}) {
      s.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
          .set("word-break", "break-all");
    }
    Div box = new Div(label("receipt.code"), code, label("receipt.key"), key);
    box.getStyle().set("border", "2px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("display", "grid").set("gap", "var(--lumo-space-xs)");
    Paragraph warning = new Paragraph(getTranslation("receipt.keepKey"));
    warning.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
    warning.setId("receipt-warning");

    // rendered once: the key exists in plain text only in this UI, never stored
    byte[] png = images.png(receipt, getLocale());
    Image picture = new Image(new Png(png, null), getTranslation("receipt.imageAlt"));
    picture.setId("receipt-image");
    picture.setWidthFull();
    picture.getStyle().set("max-width", "450px").set("border", "1px solid var(--lumo-contrast-30pct)");
    Anchor save = new Anchor(new Png(png, ReceiptCodes.display(receipt.trackingCode()) + ".png"),
        AttachmentType.DOWNLOAD, getTranslation("receipt.saveImage"));
    save.setId("receipt-save-image");
    save.getStyle().set("font-weight", "600");
    Paragraph imageHelp = new Paragraph(getTranslation("receipt.imageHelp"));

    Button print = new Button(getTranslation("receipt.print"), e -> getElement().executeJs("window.print()"));
    print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    print.setId("receipt-print");
    Anchor followUp = new Anchor("follow-up", getTranslation("receipt.followUp"));
    followUp.setId("receipt-follow-up");
    add(heading, new Paragraph(getTranslation("receipt.intro")), box, warning, save, imageHelp, picture,
        new Paragraph(getTranslation("receipt.noMailKey")), print, followUp);
    heading.getElement().executeJs("this.focus()");
  }

  private Span label(String key) {
    Span label = new Span(getTranslation(key));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)");
    return label;
  }

  /** The picture, never cached: whoever sees it can open the report. */
  private record Png(byte[] bytes, String fileName) implements DownloadHandler {
    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
      event.getResponse().setHeader("Cache-Control", "no-store");
      event.setContentType("image/png");
      if (fileName != null) {
        event.setFileName(fileName);
      }
      event.setContentLength(bytes.length);
      event.getOutputStream().write(bytes);
    }
  }
}
