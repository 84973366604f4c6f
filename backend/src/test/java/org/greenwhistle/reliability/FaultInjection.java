package org.greenwhistle.reliability;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Simulates a crash inside the submission transaction: while armed on the current thread (MockMvc runs the request
 * on the test's thread), starting a process instance succeeds and then throws, i.e. after the report's rows, its
 * files, the idempotency row and the process instance were written but before the commit.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FaultInjection {
  private static final ThreadLocal<Boolean> ARMED = ThreadLocal.withInitial(() -> false);

  public static void arm() {
    ARMED.set(true);
  }

  public static void disarm() {
    ARMED.set(false);
  }

  /** Thrown where the node "dies". */
  public static class InjectedCrash extends RuntimeException {
    InjectedCrash() {
      super("injected crash before commit");
    }
  }

  @Bean
  static BeanPostProcessor crashAfterProcessStart() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof RuntimeService runtime) || Proxy.isProxyClass(bean.getClass())) {
          return bean;
        }
        return Proxy.newProxyInstance(RuntimeService.class.getClassLoader(), new Class<?>[] {RuntimeService.class},
            (proxy, method, args) -> {
              Object result;
              try {
                result = method.invoke(runtime, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
              if (ARMED.get() && method.getName().startsWith("startProcessInstance")) {
                throw new InjectedCrash();
              }
              return result;
            });
      }
    };
  }
}
