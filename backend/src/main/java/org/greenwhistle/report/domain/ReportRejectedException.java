package org.greenwhistle.report.domain;

import java.util.List;

/** Bad input: nothing was stored. {@code tooLarge} marks size limits (HTTP 413). */
public class ReportRejectedException extends RuntimeException {
  private final transient List<FieldProblem> problems;
  private final boolean tooLarge;

  public ReportRejectedException(List<FieldProblem> problems, boolean tooLarge) {
    super("rejected: " + problems.stream().map(p -> p.field() + "=" + p.messageKey()).toList());
    this.problems = List.copyOf(problems);
    this.tooLarge = tooLarge;
  }

  public ReportRejectedException(FieldProblem problem) {
    this(List.of(problem), false);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
