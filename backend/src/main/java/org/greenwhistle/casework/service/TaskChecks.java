package org.greenwhistle.casework.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenwhistle.common.problem.FieldProblem;
import org.operaton.bpm.engine.BadUserRequestException;
import org.operaton.bpm.engine.delegate.DelegateTask;

/**
 * The small checks task forms share: on a filled form (collecting {@link FieldProblem}s in words, never listing
 * codes) and on a task's variables inside the engine (refusing with the engine's exception).
 */
public final class TaskChecks {
  private TaskChecks() {
  }

  // ------------------------------------------------------------ a filled form

  /** Adds "please choose" when nothing was chosen. */
  public static <T> T chosen(List<FieldProblem> problems, String field, T value) {
    if (value == null) {
      problems.add(new FieldProblem(field, "task.error.choose"));
    }
    return value;
  }

  /** The stripped text; a problem when its length is outside {@code min..max}. */
  public static String text(List<FieldProblem> problems, String field, String value, int min, int max) {
    String s = value == null ? "" : value.strip();
    if (s.length() < min || s.length() > max) {
      problems.add(new FieldProblem(field, "case.error.textLength", min, max));
    }
    return s;
  }

  /** Optional text: null when blank, otherwise as {@link #text}. */
  public static String optionalText(List<FieldProblem> problems, String field, String value, int max) {
    return value == null || value.isBlank() ? null : text(problems, field, value, 1, max);
  }

  /** Parses a code sent by an API client; an unknown one is "not chosen". */
  public static <E extends Enum<E>> E parse(String value, Class<E> type) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  // ------------------------------------------------------------ a task's variables, inside the engine

  public static boolean bool(DelegateTask task, String variable) {
    Object value = task.getVariable(variable);
    if (!(value instanceof Boolean b)) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs the boolean variable " + variable);
    }
    return b;
  }

  public static <E extends Enum<E>> String oneOf(DelegateTask task, String variable, Class<E> type) {
    Object value = task.getVariable(variable);
    Set<String> allowed = EnumSet.allOf(type).stream().map(Enum::name).collect(Collectors.toSet());
    if (!(value instanceof String s) || !allowed.contains(s)) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs " + variable + " = one of " + allowed);
    }
    return s;
  }

  public static String text(DelegateTask task, String variable, int min, int max) {
    Object value = task.getVariable(variable);
    if (!(value instanceof String s) || s.strip().length() < min || s.strip().length() > max) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs " + variable + " (" + min + "–" + max
          + " characters)");
    }
    return s;
  }

  public static LocalDate date(DelegateTask task, String variable) {
    try {
      return LocalDate.parse(text(task, variable, 10, 10));
    } catch (DateTimeParseException e) {
      throw new BadUserRequestException(task.getTaskDefinitionKey() + " needs " + variable + " as yyyy-MM-dd");
    }
  }
}
