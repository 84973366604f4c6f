package org.greenwhistle.common.crypto;

import java.util.List;

/**
 * A master key that does not match the data (wrong or missing), one line per key; reported at start-up like a
 * missing setting (settings.MasterKeyFailureAnalyzer), without a stack trace.
 */
public class MasterKeyException extends RuntimeException {
  private final List<String> problems;

  public MasterKeyException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
