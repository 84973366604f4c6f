package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.Colleague;
import org.greenwhistle.casework.service.TeamSupervision;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.region.service.RegionService;

/**
 * Hands one open task (claimed or not) to a colleague chosen from those who hold its role in the case's region, with
 * a reason: used by the LEADER's team view and ADMIN's national queue.
 */
class ReassignDialog extends Dialog {

  ReassignDialog(TeamSupervision supervision, RegionService regions, CaseTask task, Runnable done) {
    setHeaderTitle(getTranslation("team.reassign.title", getTranslation("task." + task.taskKey()),
        InboxView.display(task.trackingCode())));
    setId("reassign-dialog");
    add(new Paragraph(task.assignee() == null ? getTranslation("team.reassign.unclaimed")
        : getTranslation("team.reassign.current", task.assignee())));
    List<Colleague> colleagues = supervision.colleaguesFor(task.taskId());
    Select<Colleague> to = new Select<>();
    to.setLabel(getTranslation("team.reassign.to"));
    to.setItems(colleagues);
    to.setItemLabelGenerator(c -> getTranslation("team.reassign.colleague", c.displayName(), c.username(),
        regions.fullName(c.regionCode()), c.openTasks()));
    to.setWidthFull();
    to.setId("reassign-colleague");
    TextArea reason = new TextArea(getTranslation("team.reassign.reason"));
    reason.setWidthFull();
    reason.setMaxLength(500);
    reason.setId("reassign-reason");
    Button confirm = new Button(getTranslation("team.reassign.confirm"), e -> {
      try {
        supervision.reassign(task.taskId(), to.getValue() == null ? null : to.getValue().username(),
            reason.getValue());
        Notification.show(getTranslation("team.reassign.done", to.getValue().displayName()), 4000,
            Notification.Position.BOTTOM_START).setId("reassign-done");
        close();
        done.run();
      } catch (InvalidInputException ex) {
        ProblemNotification.open("reassign-error", ex.problems());
      } catch (NotFoundException ex) {
        // completed or moved meanwhile
        ProblemNotification.open("reassign-error", List.of(new FieldProblem("task", "team.error.gone")));
        close();
        done.run();
      }
    });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setId("reassign-confirm");
    Button cancel = new Button(getTranslation("team.reassign.cancel"), e -> close());
    if (colleagues.isEmpty()) {
      Paragraph nobody = new Paragraph(getTranslation("team.reassign.nobody", getTranslation("role." + task.role()),
          regions.fullName(task.regionCode())));
      nobody.setId("reassign-nobody");
      add(nobody);
      confirm.setEnabled(false);
    } else {
      add(to, reason);
    }
    getFooter().add(cancel, confirm);
    setWidth("36em");
  }
}
