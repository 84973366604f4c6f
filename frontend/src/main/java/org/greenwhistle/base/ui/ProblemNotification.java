package org.greenwhistle.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.stream.Collectors;
import org.greenwhistle.common.problem.FieldProblem;

/** The error notification every view opens for a service's field problems, in the user's language. */
public final class ProblemNotification {
  private static final int DURATION_MS = 10_000;

  private ProblemNotification() {
  }

  /** {@code id} lets browser tests find the notification of a given view. */
  public static Notification open(String id, List<FieldProblem> problems) {
    UI ui = UI.getCurrent();
    String text = problems.stream().map(p -> ui.getTranslation(p.messageKey(), p.args().toArray()))
        .collect(Collectors.joining(" "));
    Notification n = new Notification(text, DURATION_MS, Notification.Position.MIDDLE);
    n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    n.setId(id);
    n.open();
    return n;
  }
}
