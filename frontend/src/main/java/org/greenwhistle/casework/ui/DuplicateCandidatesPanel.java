package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.DuplicateCandidate;
import org.greenwhistle.casework.service.DuplicateService;
import org.greenwhistle.common.problem.InvalidInputException;

/**
 * The case page's candidate duplicates: reports of the region about the same target or a place nearby, submitted
 * at about the same time, each with a one-click link while the case is in intake review (for INTAKE). Linking to a
 * later report is refused with the reason (the first reporter keeps the first reporter's rights).
 */
public class DuplicateCandidatesPanel extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InboxView.CHINA);

  /**
   * @param mayLink whether the viewer may work the case's intake review (then each candidate gets a link button)
   * @param afterLink called once the case was linked (the page shows the new state)
   */
  public DuplicateCandidatesPanel(DuplicateService duplicates, CaseDetail c, boolean mayLink, Runnable afterLink) {
    setId("case-duplicate-candidates");
    add(new H3(getTranslation("duplicates.heading")));
    List<DuplicateCandidate> candidates = duplicates.candidates(c.trackingCode());
    if (candidates.isEmpty()) {
      add(new Span(getTranslation("duplicates.none")));
      return;
    }
    for (DuplicateCandidate d : candidates) {
      HorizontalLayout row = new HorizontalLayout();
      row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      row.setWrap(true);
      row.addClassName("duplicate-candidate");
      row.getElement().setAttribute("data-code", d.trackingCode());
      Anchor open = new Anchor("staff/case/" + d.trackingCode(), InboxView.display(d.trackingCode()));
      List<String> facts = new ArrayList<>();
      facts.add(getTranslation("status." + d.status().name()));
      facts.add(d.targetName());
      facts.add(d.regionName());
      facts.add(TIME.format(d.submittedAt()));
      if (d.sameTarget()) {
        facts.add(getTranslation("duplicates.sameTarget"));
      }
      if (d.distanceMetres() != null) {
        facts.add(getTranslation("duplicates.distance", d.distanceMetres()));
      }
      facts.add(getTranslation(d.earlier() ? "duplicates.earlier" : "duplicates.later"));
      row.add(open, new Span(String.join(" · ", facts)));
      if (mayLink) {
        Button link = new Button(getTranslation("duplicates.link"), e -> {
          try {
            duplicates.link(c.trackingCode(), d.trackingCode());
            Notification.show(getTranslation("duplicates.linked", InboxView.display(d.trackingCode())), 3000,
                Notification.Position.BOTTOM_START);
            afterLink.run();
          } catch (InvalidInputException ex) {
            ProblemNotification.open("case-error", ex.problems());
          }
        });
        link.addThemeVariants(ButtonVariant.LUMO_SMALL);
        link.setId("link-duplicate-" + d.trackingCode());
        row.add(link);
      }
      add(row);
    }
  }
}
