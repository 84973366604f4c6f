package org.greenwhistle.casework.service;

import java.util.Map;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.operaton.bpm.engine.delegate.DelegateTask;

/**
 * One user task as one unit: its typed form {@code F} (the fields a person fills in), the form's validation with
 * messages in the user's language, the process variables it produces, and the check the engine runs on
 * completion whatever the client. A feature that owns a task declares one Spring bean of this type;
 * {@link TaskForms} finds it by the task's id, {@link TaskRules} runs its {@link #check}, {@link CaseworkService}
 * turns a filled form into variables, and the views bind their fields to {@code F}.
 */
public interface TaskForm<F> {

  /** The BPMN user task id (never changes: running cases and REST clients use it). */
  String taskKey();

  /** The role that works the task (the model's candidate group). */
  Role role();

  /** The form's type, so a caller cannot hand one task's form to another task. */
  Class<F> formType();

  /** An empty form with the defaults a person starts from. */
  F blank();

  /**
   * Checks the form as a person filled it in for {@code task} and turns it into the task's process variables.
   *
   * @throws InvalidInputException with every problem, each naming the form's field and a message key
   */
  Map<String, Object> toVariables(F form, CaseTask task);

  /**
   * Inside the engine, on completion by any client (our services, Tasklist, /engine-rest): the variables the
   * task must carry. Throws the engine's {@code BadUserRequestException} when one is missing or wrong.
   *
   * @return the outcome for the audit trail
   */
  String check(DelegateTask task);

  /** The task's form from the staff REST API's shape ({@code POST /api/v1/tasks/{id}/complete}). */
  default F fromCompletion(TaskCompletion completion) {
    throw new InvalidInputException(new FieldProblem("task", "case.error.taskNotHere"));
  }
}
