package org.greenwhistle.settings;

import java.util.List;

/** Missing or weak start-up settings, each described by one line; {@link StartupSettingsFailureAnalyzer} prints them. */
public class StartupSettingsException extends RuntimeException {
  private final List<String> problems;

  public StartupSettingsException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
