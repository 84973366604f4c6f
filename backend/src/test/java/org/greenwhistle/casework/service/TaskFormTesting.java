package org.greenwhistle.casework.service;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.operaton.bpm.engine.delegate.DelegateTask;

/** Helpers for the task forms' unit tests (every feature's). */
public final class TaskFormTesting {
  private TaskFormTesting() {
  }

  /** A task inside the engine carrying these variables. */
  public static DelegateTask task(Map<String, Object> variables) {
    DelegateTask task = mock(DelegateTask.class);
    when(task.getTaskDefinitionKey()).thenReturn("someTask");
    variables.forEach((k, v) -> when(task.getVariable(k)).thenReturn(v));
    return task;
  }

  /** The problems a form refused with; fails when it was accepted. */
  public static List<FieldProblem> problems(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return e.problems();
    }
    throw new AssertionError("the form was accepted");
  }
}
