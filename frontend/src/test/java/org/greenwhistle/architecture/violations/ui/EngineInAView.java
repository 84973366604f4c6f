package org.greenwhistle.architecture.violations.ui;

import org.operaton.bpm.engine.RuntimeService;

/** A deliberate violation for ArchitectureTest: a view that talks to the engine directly. */
public class EngineInAView {
  public long running(RuntimeService runtime) {
    return runtime.createProcessInstanceQuery().count();
  }
}
