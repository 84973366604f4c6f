package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** Fields the task panels share, labelled from the bundles. */
public final class TaskFields {
  private TaskFields() {
  }

  /** The decision as radio buttons, each labelled {@code prefix + NAME} (never the code itself). */
  public static <E extends Enum<E>> RadioButtonGroup<E> radio(E[] values, String prefix) {
    UI ui = UI.getCurrent();
    RadioButtonGroup<E> group = new RadioButtonGroup<>();
    group.setLabel(ui.getTranslation("case.decision"));
    group.setItems(values);
    group.setItemLabelGenerator(v -> ui.getTranslation(prefix + v.name()));
    group.setId("form-outcome");
    return group;
  }

  /** Yes/no as radio buttons labelled with the two keys. */
  public static RadioButtonGroup<Boolean> yesNo(String yesKey, String noKey) {
    UI ui = UI.getCurrent();
    RadioButtonGroup<Boolean> group = new RadioButtonGroup<>();
    group.setLabel(ui.getTranslation("case.decision"));
    group.setItems(Boolean.TRUE, Boolean.FALSE);
    group.setItemLabelGenerator(b -> ui.getTranslation(b ? yesKey : noKey));
    group.setId("form-outcome");
    return group;
  }

  public static TextArea comment() {
    TextArea comment = new TextArea(UI.getCurrent().getTranslation("case.comment"));
    comment.setWidthFull();
    comment.setMaxLength(1000);
    comment.setId("form-comment");
    return comment;
  }
}
