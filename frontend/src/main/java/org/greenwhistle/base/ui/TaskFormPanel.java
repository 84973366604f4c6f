package org.greenwhistle.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.ValueProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;

/**
 * The UI of one task's typed form ({@code TaskForm}'s {@code F}): fields bound to the form with a Binder, one
 * "complete" button that hands the filled form to the service, and the service's problems shown on the fields
 * they name (and in the usual notification). Subclasses only lay out and bind their fields.
 */
public abstract class TaskFormPanel<F> extends VerticalLayout {
  protected final Binder<F> binder = new Binder<>();
  private final Map<String, HasValidation> fieldsByName = new HashMap<>();
  private final F form;
  private final SerializableConsumer<F> submit;
  private final Runnable completed;
  private final String errorId;

  /**
   * @param submit    completes the task with the form (throws the service's InvalidInputException)
   * @param completed what the page does after completion (e.g. render again)
   */
  protected TaskFormPanel(F form, SerializableConsumer<F> submit, Runnable completed, String errorId) {
    this.form = form;
    this.submit = submit;
    this.completed = completed;
    this.errorId = errorId;
    setPadding(false);
  }

  /** Binds a field to a property of the form under the name the service's problems use for it. */
  protected <V> Binder.Binding<F, V> bind(HasValue<?, V> field, String name, ValueProvider<F, V> getter,
                                          Setter<F, V> setter) {
    if (field instanceof HasValidation v) {
      fieldsByName.put(name, v);
    }
    return binder.forField(field).bind(getter, setter);
  }

  /** As {@link #bind}, for a field that must be filled ("please choose" until it is). */
  protected <V> Binder.Binding<F, V> bindRequired(HasValue<?, V> field, String name, ValueProvider<F, V> getter,
                                                  Setter<F, V> setter) {
    if (field instanceof HasValidation v) {
      fieldsByName.put(name, v);
    }
    return binder.forField(field).asRequired(getTranslation("task.error.choose")).bind(getter, setter);
  }

  /** Registers a field that is not bound through this panel's binder (e.g. an item's), for problems naming it. */
  protected void problemsShowOn(String name, HasValidation field) {
    fieldsByName.put(name, field);
  }

  /** Adds the components and the complete button, and reads the form into the fields. */
  protected void finish(Component... components) {
    Button done = completeButton("case.complete", "complete-task", f -> { });
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    finishWith(done, components);
  }

  /** Adds the components, then the buttons (made by {@link #completeButton}), and reads the form into the fields. */
  protected void finishWith(Component buttons, Component... components) {
    add(components);
    add(buttons);
    binder.setBean(form);
  }

  /** A button that sets what it stands for on the form (e.g. approve or reject), then completes the task. */
  protected Button completeButton(String labelKey, String id, SerializableConsumer<F> preset) {
    Button done = new Button(getTranslation(labelKey), e -> {
      preset.accept(form);
      complete();
    });
    done.setId(id);
    return done;
  }

  protected F form() {
    return form;
  }

  private void complete() {
    if (!binder.validate().isOk()) {
      return;
    }
    try {
      submit.accept(form);
      Notification.show(getTranslation("case.completed"), 3000, Notification.Position.BOTTOM_START);
      completed.run();
    } catch (InvalidInputException e) {
      show(e.problems());
    } catch (NotFoundException e) {
      // someone else completed or took the task meanwhile: show the page as it is now
      completed.run();
    }
  }

  private void show(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      HasValidation field = fieldsByName.get(p.field());
      if (field != null) {
        field.setErrorMessage(getTranslation(p.messageKey(), p.args().toArray()));
        field.setInvalid(true);
      }
    }
    ProblemNotification.open(errorId, problems);
  }
}
