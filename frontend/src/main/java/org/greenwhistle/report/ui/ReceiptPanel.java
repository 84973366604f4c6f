package org.greenwhistle.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.greenwhistle.report.domain.Receipt;
import org.greenwhistle.report.service.ReceiptCodes;

/** The receipt, shown once: tracking code and access key, printable, with a plain warning. */
class ReceiptPanel extends VerticalLayout {

  ReceiptPanel(Receipt receipt) {
    setPadding(false);
    H2 heading = new H2(getTranslation("receipt.heading"));
    heading.setId("receipt-heading");
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
    Button print = new Button(getTranslation("receipt.print"), e -> getElement().executeJs("window.print()"));
    print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    print.setId("receipt-print");
    Anchor followUp = new Anchor("follow-up", getTranslation("receipt.followUp"));
    followUp.setId("receipt-follow-up");
    add(heading, new Paragraph(getTranslation("receipt.intro")), box, warning,
        new Paragraph(getTranslation("receipt.noMailKey")), print, followUp);
  }

  private Span label(String key) {
    Span label = new Span(getTranslation(key));
    label.getStyle().set("color", "var(--lumo-secondary-text-color)");
    return label;
  }
}
