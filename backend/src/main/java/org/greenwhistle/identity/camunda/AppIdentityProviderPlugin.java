package org.greenwhistle.identity.camunda;

import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.Session;
import org.operaton.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/** Makes Camunda read users and groups from the app's account tables: one identity source. */
@Component
public class AppIdentityProviderPlugin extends AbstractProcessEnginePlugin {
  private final IdentityDirectory directory;

  AppIdentityProviderPlugin(IdentityDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ReadOnlyIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new AppIdentityProvider(directory);
      }
    });
  }
}
