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
    String description = "GreenWhistle cannot start: " + cause.problems().size()
        + (cause.problems().size() == 1 ? " setting is" : " settings are") + " missing or weak.\n\n"
        + cause.problems().stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    String action = "Set the environment variables named above and start again. README.md, section \"Production\", "
        + "lists every setting a production start needs; only the demo profile has built-in values.";
    return new FailureAnalysis(description, action, cause);
  }
}
