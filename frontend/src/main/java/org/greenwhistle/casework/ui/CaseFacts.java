package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.greenwhistle.base.ui.LocationMap;
import org.greenwhistle.base.ui.MapProperties;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.report.service.ReceiptCodes;

/** The top of a case page: where the case stands now (its open steps) and the facts of the report. */
class CaseFacts extends VerticalLayout {

  CaseFacts(CaseDetail c, CaseWording words, MapProperties map) {
    setPadding(false);
    add(current(c, words), facts(c, words, map));
  }

  /** The open steps: who has each and by when, so an officer sees at once what is to be done. */
  private Component current(CaseDetail c, CaseWording words) {
    UnorderedList list = new UnorderedList();
    list.setId("case-current");
    for (CaseTask t : c.openTasks()) {
      String task = getTranslation("task." + t.taskKey());
      String due = t.dueAt() == null ? "—"
          : words.date(LocalDate.ofInstant(t.dueAt(), CaseWording.CHINA).toString());
      String line = t.assignee() == null ? getTranslation("case.current.unclaimed", task, due)
          : getTranslation("case.current.claimed", task, t.assignee(), due);
      list.add(new ListItem(line + (t.overdue() ? getTranslation("case.current.overdue") : "")));
    }
    if (c.openTasks().isEmpty()) {
      list.add(new ListItem(getTranslation("case.current.none")));
    }
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.current")), list);
    box.setPadding(false);
    return box;
  }

  private Component facts(CaseDetail c, CaseWording words, MapProperties map) {
    FormLayout form = new FormLayout();
    form.setId("case-facts");
    form.addFormItem(new Span(categories(c.categories())), getTranslation("report.categories"));
    form.addFormItem(new Span(c.targetName()), getTranslation("report.target"));
    form.addFormItem(new Span(c.regionName() + "（" + c.regionCode() + "）"), getTranslation("report.region"));
    form.addFormItem(new Span(c.address()), getTranslation("report.address"));
    form.addFormItem(new Span(words.time(c.observedAt()) + (c.ongoing() ? " · " + getTranslation("report.ongoing") : "")),
        getTranslation("report.observedAt"));
    if (c.latitude() != null) {
      form.addFormItem(new Span(c.latitude() + ", " + c.longitude()), getTranslation("report.location"));
    }
    if (c.linkedTo() != null) {
      form.addFormItem(caseLink(c.linkedTo()), getTranslation("case.linkedTo"));
    }
    if (!c.duplicates().isEmpty()) {
      HorizontalLayout links = new HorizontalLayout();
      c.duplicates().forEach(d -> links.add(caseLink(d)));
      links.setId("case-duplicates");
      form.addFormItem(links, getTranslation("case.duplicates"));
    }
    VerticalLayout where = new VerticalLayout(form);
    where.setPadding(false);
    if (c.latitude() != null && LocationMap.available(map)) {
      where.add(new LocationMap(map, c.latitude(), c.longitude()));
    }
    Paragraph description = new Paragraph(c.description());
    description.getStyle().set("white-space", "pre-wrap");
    description.setId("case-description");
    VerticalLayout box = new VerticalLayout(new H3(getTranslation("case.facts")), where,
        new H3(getTranslation("report.description")), description);
    box.setPadding(false);
    return box;
  }

  private static Component caseLink(String trackingCode) {
    return new Anchor("staff/case/" + trackingCode, ReceiptCodes.display(trackingCode));
  }

  private String categories(String csv) {
    return Arrays.stream(csv.split(",")).map(c -> getTranslation("category." + c)).collect(Collectors.joining("、"));
  }
}
