package org.greenwhistle.common.problem;

import java.util.List;

/** Bad input, with every problem found: nothing was stored. {@code tooLarge} marks size limits (HTTP 413). */
public class InvalidInputException extends RuntimeException {
  private final transient List<FieldProblem> problems;
  private final boolean tooLarge;

  public InvalidInputException(List<FieldProblem> problems, boolean tooLarge) {
    super("rejected: " + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
    this.problems = List.copyOf(problems);
    this.tooLarge = tooLarge;
  }

  public InvalidInputException(FieldProblem problem) {
    this(List.of(problem), false);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
