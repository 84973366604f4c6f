package org.greenwhistle.settings;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns {@link StartupSettingsException} into Spring Boot's "APPLICATION FAILED TO START" report: one line per
 * setting, no stack trace (registered in META-INF/spring.factories).
 */
class StartupSettingsFailureAnalyzer extends AbstractFailureAnalyzer<StartupSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupSettingsException cause) {
    return analysis(cause.problems(), cause);
  }

  static FailureAnalysis analysis(java.util.List<String> problems, Throwable cause) {
    String description = "GreenWhistle cannot start: " + problems.size()
        + (problems.size() == 1 ? " setting is" : " settings are") + " missing or weak.\n\n"
        + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    String action = "Set the environment variables named above and start again. README.md, section \"Production\", "
        + "lists every setting a production start needs; only the demo profile has built-in values.";
    return new FailureAnalysis(description, action, cause);
  }
}
