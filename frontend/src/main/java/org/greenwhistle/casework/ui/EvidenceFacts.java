package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.greenwhistle.common.problem.UnprocessableRequestException;
import org.greenwhistle.report.domain.EvidenceRecord;

/**
 * What staff need to trust a piece of evidence (issue #23): the fingerprint of what the reporter uploaded, the stored
 * file's own digest where it differs (location removed), and what became of an anonymous reporter's location.
 */
class EvidenceFacts extends Div {
  EvidenceFacts(EvidenceRecord e) {
    getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)")
        .set("overflow-wrap", "anywhere");
    if (e.locationPrivacy() != null) {
      Span privacy = new Span(getTranslation("case.location." + e.locationPrivacy()));
      privacy.addClassName("evidence-location");
      add(privacy, new Div());
    }
    add(new Span(getTranslation("case.fingerprint", e.sha256())));
    if (e.storedSha256() != null && !e.storedSha256().equals(e.sha256())) {
      add(new Div(), new Span(getTranslation("case.storedFingerprint", e.storedSha256())));
    }
  }

  /**
   * The content for a download or an image; a file whose integrity check fails is refused (the browser's request
   * fails) and the page says why at its next round trip.
   */
  static InputStream contentOrNotice(UI ui, Supplier<InputStream> content) {
    try {
      return content.get();
    } catch (UnprocessableRequestException refused) {
      if (ui != null) {
        ui.access(() -> Notification.show(ui.getTranslation(refused.messageKey()), 10_000,
            Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
      }
      throw new UncheckedIOException(new java.io.IOException(refused.messageKey()));
    }
  }
}
