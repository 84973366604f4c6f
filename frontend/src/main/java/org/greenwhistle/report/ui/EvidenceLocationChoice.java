package org.greenwhistle.report.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Under the upload: photos carry the position where they were taken, which for an anonymous reporter photographing
 * from home is their home. The position and camera serial numbers are removed from anonymous reports' photos unless
 * the reporter keeps them as proof of where the photo was taken (issue #23).
 */
class EvidenceLocationChoice extends Div {
  private final Checkbox keep = new Checkbox();

  EvidenceLocationChoice() {
    Paragraph notice = new Paragraph(getTranslation("report.evidenceLocationNotice"));
    notice.setId("evidence-location-notice");
    notice.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    keep.setLabel(getTranslation("report.evidenceKeepLocation"));
    keep.setId("evidence-keep-location");
    add(notice, keep);
  }

  boolean keepLocation() {
    return keep.getValue();
  }
}
