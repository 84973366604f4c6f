package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.report.domain.EvidenceRecord;
import org.greenwhistle.report.service.CaseEvidenceService;
import org.greenwhistle.report.web.EvidencePlaybackController;

/**
 * The evidence of a case: photo previews (not audited: showing the page is not looking at the evidence), and for
 * each file "open" (the original in the browser, a recording played through {@link EvidencePlaybackController}) and
 * "download", all audited.
 */
class CaseEvidence extends VerticalLayout {
  /** Photos the JVM can downscale for a preview. */
  private static final Set<String> PREVIEWABLE = Set.of("image/jpeg", "image/png");

  CaseEvidence(CaseDetail c, String code, CaseEvidenceService evidence, CaseWording words) {
    setId("case-evidence");
    setPadding(false);
    add(new H3(getTranslation("case.evidence", c.evidence().size())));
    Div gallery = new Div();
    gallery.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    for (EvidenceRecord e : c.evidence()) {
      gallery.add(item(e, code, evidence, words));
    }
    add(gallery, new Span(getTranslation("case.evidence.auditNote")));
  }

  private Component item(EvidenceRecord e, String code, CaseEvidenceService evidence, CaseWording words) {
    // a resource per use: each element registers its own
    com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
    java.util.function.Supplier<StreamResource> original = () -> resource(e,
        () -> EvidenceFacts.contentOrNotice(ui, () -> evidence.view(code, e.id()).content()));
    VerticalLayout item = new VerticalLayout();
    item.setPadding(false);
    item.setWidth("14rem");
    if (PREVIEWABLE.contains(e.mediaType())) {
      StreamResource preview = new StreamResource("preview-" + e.id() + ".jpg", () -> new ByteArrayInputStream(
          evidence.thumbnail(code, e.id()).orElse(new byte[0])));
      preview.setContentType("image/jpeg");
      preview.setCacheTime(0);
      Image image = new Image(preview, e.displayName());
      image.setWidth("14rem");
      Anchor open = new Anchor(original.get(), "");
      open.setTarget(AnchorTarget.BLANK);
      open.add(image);
      item.add(open);
    } else if (e.mediaType().startsWith("video/mp4") || e.mediaType().startsWith("audio/mpeg")
        || e.mediaType().equals("audio/wav")) {
      Div player = new Div();
      player.setWidth("14rem");
      var media = new com.vaadin.flow.dom.Element(e.mediaType().startsWith("video") ? "video" : "audio");
      media.setAttribute("controls", true);
      // nothing is fetched until the officer plays it; playing is opening the evidence, audited once per playback,
      // and the ranges the player asks for when seeking are decrypted alone
      media.setAttribute("preload", "none");
      media.setAttribute("src", EvidencePlaybackController.source(code, e.id()));
      media.setAttribute("style", "width:14rem");
      player.getElement().appendChild(media);
      item.add(player);
    }
    HorizontalLayout links = new HorizontalLayout();
    if (e.mediaType().startsWith("image/")) {
      // only photos open in the browser; other files (a PDF, say) are saved, never rendered from the portal
      Anchor open = new Anchor(original.get(), getTranslation("case.evidence.open"));
      open.setTarget(AnchorTarget.BLANK);
      links.add(open);
    }
    Anchor download = new Anchor(resource(e, () -> EvidenceFacts.contentOrNotice(ui, () -> evidence.open(code, e.id()).content())),
        getTranslation("case.evidence.download"));
    download.getElement().setAttribute("download", true);
    links.add(download);
    item.add(new Span(e.displayName()), links);
    String exif = (e.exifTakenAt() == null ? "" : getTranslation("case.exifTime", words.time(e.exifTakenAt())))
        + (e.exifLatitude() == null ? "" : " " + getTranslation("case.exifPlace", e.exifLatitude(), e.exifLongitude()));
    item.add(new Span(getTranslation("case.source." + e.source()) + (exif.isBlank() ? "" : " · " + exif)));
    item.add(new EvidenceFacts(e));
    return item;
  }

  private static StreamResource resource(EvidenceRecord e, com.vaadin.flow.server.InputStreamFactory content) {
    StreamResource resource = new StreamResource(e.displayName(), content);
    resource.setContentType(e.mediaType());
    resource.setCacheTime(0);
    return resource;
  }
}
