package org.greenwhistle.casework.service;

import java.util.function.Supplier;
import org.greenwhistle.identity.domain.Role;

/** The identity of a {@link TaskForm} (task id, role, form type, blank form), so each task writes only its rules. */
public abstract class BasicTaskForm<F> implements TaskForm<F> {
  private final String taskKey;
  private final Role role;
  private final Class<F> formType;
  private final Supplier<F> blank;

  protected BasicTaskForm(String taskKey, Role role, Class<F> formType, Supplier<F> blank) {
    this.taskKey = taskKey;
    this.role = role;
    this.formType = formType;
    this.blank = blank;
  }

  @Override
  public String taskKey() {
    return taskKey;
  }

  @Override
  public Role role() {
    return role;
  }

  @Override
  public Class<F> formType() {
    return formType;
  }

  @Override
  public F blank() {
    return blank.get();
  }
}
