package org.greenwhistle.casework.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.springframework.stereotype.Component;

/** Every feature's {@link TaskForm} beans, by task id; two forms for one task id fail at start-up. */
@Component
public class TaskForms {
  private final Map<String, TaskForm<?>> byKey;

  TaskForms(List<TaskForm<?>> forms) {
    this.byKey = forms.stream().collect(Collectors.toUnmodifiableMap(TaskForm::taskKey, Function.identity()));
  }

  public Optional<TaskForm<?>> find(String taskKey) {
    return Optional.ofNullable(byKey.get(taskKey));
  }

  /** The task's form, typed by the form a caller filled in; another task's form is refused. */
  @SuppressWarnings("unchecked")
  public <F> TaskForm<F> require(String taskKey, Class<?> formType) {
    TaskForm<?> form = byKey.get(taskKey);
    if (form == null || !form.formType().equals(formType)) {
      throw new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere"));
    }
    return (TaskForm<F>) form;
  }
}
