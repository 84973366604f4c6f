package org.greenwhistle.bench;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backend's own Spring context (services, mappers, engine with its plugins and delegates), as the application
 * runs it minus the Vaadin views, on the database given by {@code DB_URL} (profiles {@code mysql,bench}). Used by
 * the seeding tool and the in-process B2 benchmark. Nothing here is a bean: {@code org.greenwhistle} is scanned for
 * the backend's components, and the mapper scan must cover it too.
 */
@SpringBootApplication(scanBasePackages = "org.greenwhistle")
@AutoConfigurationPackage(basePackages = "org.greenwhistle")
public class BenchBackendApplication {
  public static ConfigurableApplicationContext start(String... args) {
    SpringApplication app = new SpringApplication(BenchBackendApplication.class);
    app.setAdditionalProfiles("mysql", "bench");
    Map<String, Object> defaults = new HashMap<>();
    // the REST starter needs a servlet environment; nobody calls it here
    defaults.put("server.port", "0");
    defaults.put("server.address", "127.0.0.1");
    defaults.put("spring.main.banner-mode", "off");
    defaults.put("logging.level.root", "warn");
    defaults.put("logging.level.org.greenwhistle.bench", "info");
    app.setDefaultProperties(defaults);
    return app.run(args);
  }
}
