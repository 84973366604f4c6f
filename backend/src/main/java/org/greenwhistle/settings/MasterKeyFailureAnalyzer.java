package org.greenwhistle.settings;

import org.greenwhistle.common.crypto.MasterKeyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A wrong or missing master key (the start-up canary), reported like a missing setting: one line per key. */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyException cause) {
    return StartupSettingsFailureAnalyzer.analysis(cause.problems(), cause);
  }
}
