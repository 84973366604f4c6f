package org.greenwhistle.processes.testing;

import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.repository.DeploymentBuilder;

/**
 * An in-memory engine from {@code operaton.cfg.xml}, built once per test JVM, with the test's {@link Deployment}
 * deployed before each test and removed (with its instances and history) after it. Operaton 1.0.3's own JUnit 5
 * extension ({@code operaton-bpm-junit5}) is not served by the Maven repository the build can reach.
 */
public class ProcessEngineExtension implements BeforeEachCallback, AfterEachCallback {
  private static ProcessEngine engine;
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProcessEngineExtension.class);

  static synchronized ProcessEngine engine() {
    if (engine == null) {
      engine = ProcessEngineConfiguration.createProcessEngineConfigurationFromResource("operaton.cfg.xml")
          .buildProcessEngine();
    }
    return engine;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Deployment deployment = context.getTestMethod().map(m -> m.getAnnotation(Deployment.class))
        .orElseGet(() -> context.getRequiredTestClass().getAnnotation(Deployment.class));
    if (deployment == null) {
      return;
    }
    Method method = context.getRequiredTestMethod();
    DeploymentBuilder builder = engine().getRepositoryService().createDeployment()
        .name(method.getDeclaringClass().getSimpleName() + "." + method.getName());
    for (String resource : deployment.resources()) {
      builder.addClasspathResource(resource);
    }
    context.getStore(NAMESPACE).put("deploymentId", builder.deploy().getId());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    String id = context.getStore(NAMESPACE).remove("deploymentId", String.class);
    if (id != null) {
      engine().getRepositoryService().deleteDeployment(id, true, true);
    }
  }
}
