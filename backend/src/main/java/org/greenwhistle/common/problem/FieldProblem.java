package org.greenwhistle.common.problem;

import java.util.List;

/** One rejected field: the field's name in the API and a message key with its arguments. */
public record FieldProblem(String field, String messageKey, List<Object> args) {
  public FieldProblem(String field, String messageKey, Object... args) {
    this(field, messageKey, List.of(args));
  }
}
