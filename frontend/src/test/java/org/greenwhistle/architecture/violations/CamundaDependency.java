package org.greenwhistle.architecture.violations;

import org.camunda.feel.FeelEngine;

/** A deliberate violation for ArchitectureTest: a class that uses a Camunda API (FEEL is still org.camunda). */
public class CamundaDependency {
  private FeelEngine engine;

  public FeelEngine engine() {
    return engine;
  }
}
