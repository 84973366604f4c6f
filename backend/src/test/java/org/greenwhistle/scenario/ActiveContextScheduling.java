package org.greenwhistle.scenario;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Only the test context whose tests run keeps its scheduled work (mail dispatcher, sweeps) running; every other
 * cached context's scheduler is paused until its tests run again. All contexts share one test database, so without
 * this a demo context's capturing mail dispatcher takes the mail another context sends over SMTP to GreenMail.
 * Pausing (Spring's {@code stop()} on the scheduler) keeps the cached contexts themselves, and with them the engine
 * registered under its name, alive; closing them was tried and broke {@code /engine-rest}.
 *
 * <p>Registered for every test class through {@code META-INF/spring.factories} of the backend and frontend tests.
 */
public class ActiveContextScheduling implements TestExecutionListener, Ordered {
  /** The test JVM's loaded contexts: test-only state, one test JVM per module run. */
  private static final List<ConfigurableApplicationContext> CONTEXTS = new ArrayList<>();

  @Override
  public void prepareTestInstance(TestContext testContext) {
    if (!(testContext.getApplicationContext() instanceof ConfigurableApplicationContext current)) {
      return;
    }
    synchronized (CONTEXTS) {
      CONTEXTS.removeIf(context -> !context.isActive());
      for (ConfigurableApplicationContext other : CONTEXTS) {
        if (other != current) {
          schedulers(other).forEach(ThreadPoolTaskScheduler::stop);
        }
      }
      if (!CONTEXTS.contains(current)) {
        CONTEXTS.add(current);
      }
      schedulers(current).forEach(ThreadPoolTaskScheduler::start);
    }
  }

  private static List<ThreadPoolTaskScheduler> schedulers(ApplicationContext context) {
    return List.copyOf(context.getBeansOfType(ThreadPoolTaskScheduler.class).values());
  }

  @Override
  public int getOrder() {
    // after the dependency injection listener (2000), which loads the context
    return 2100;
  }
}
