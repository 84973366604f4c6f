package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.domain.CaseDetail;

/**
 * The history of a case below its facts and task: the decision records (办理记录), the timeline and the audit
 * trail, each in words and grouped by the step of the case it belongs to (intake, appeal, verification, ...).
 * A step that comes back (a second intake after an upheld appeal) starts a new group, so the groups read in order.
 */
class CaseHistory extends VerticalLayout {

  CaseHistory(CaseDetail c, List<AuditEntry> newestFirst, CaseWording words, Component messages) {
    setPadding(false);
    setId("case-history");
    List<CaseDecision> decisions = new ArrayList<>(c.decisions());
    decisions.sort(Comparator.comparing(CaseDecision::decidedAt));
    List<AuditEntry> audit = new ArrayList<>(newestFirst);
    Collections.reverse(audit);
    add(new H3(getTranslation("case.history")),
        section("case-decisions", "case.decisions", decisions, d -> CaseWording.stepOfTask(d.taskKey()),
            d -> words.time(d.decidedAt()) + "  " + words.decision(d), false, words),
        section("case-timeline", "followUp.timeline", c.timeline(), e -> CaseWording.stepOfTimeline(e.type()),
            e -> words.time(e.occurredAt()) + "  " + words.timeline(e), false, words),
        messages,
        section("case-audit", "case.audit", audit, CaseWording::stepOfAudit, words::audit, true, words));
  }

  /**
   * One list of records, given oldest first, in groups of consecutive records of the same step. A record without a
   * step of its own (an evidence download) belongs to the step the case was at; the audit reads newest first.
   */
  private <T> Component section(String id, String headingKey, List<T> oldestFirst, Function<T, String> stepOf,
                                Function<T, String> text, boolean newestFirst, CaseWording words) {
    List<String> steps = new ArrayList<>();
    String current = "intake";
    for (T item : oldestFirst) {
      String step = stepOf.apply(item);
      current = step == null ? current : step;
      steps.add(current);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < oldestFirst.size(); i++) {
      order.add(newestFirst ? oldestFirst.size() - 1 - i : i);
    }
    Div groups = new Div();
    groups.setId(id);
    String shown = null;
    UnorderedList list = null;
    for (int i : order) {
      if (!steps.get(i).equals(shown)) {
        shown = steps.get(i);
        Span step = new Span(words.stepName(shown));
        step.addClassName("case-step");
        step.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-s)");
        list = new UnorderedList();
        groups.add(step, list);
      }
      list.add(new ListItem(text.apply(oldestFirst.get(i))));
    }
    if (oldestFirst.isEmpty()) {
      groups.add(new Span(getTranslation("case.history.empty")));
    }
    VerticalLayout box = new VerticalLayout(new H4(getTranslation(headingKey)), groups);
    box.setPadding(false);
    return box;
  }
}
