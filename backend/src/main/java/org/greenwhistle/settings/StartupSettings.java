package org.greenwhistle.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greenwhistle.identity.service.PasswordPolicy;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Checks the settings a start needs before the context is refreshed (an initializer registered in
 * META-INF/spring.factories, so before any bean exists), so that an operator sees every missing or weak one at once,
 * not the first bean's stack trace. Values are never printed: only the setting, its environment variable and what
 * is wrong.
 */
class StartupSettings implements ApplicationContextInitializer<ConfigurableApplicationContext> {
  static final String DEMO_PROFILE = "demo";
  /** The demo profile's published key and secret (application-demo.yaml): anyone can read them, so never in production. */
  static final Set<String> PUBLISHED_SECRETS = Set.of(
      "GUrZyLKxYxnW1eEt48NCQPJ07VzkTIY5j6eYFlvsMh4=", "EzL6n6i1uY9xsOsPABwE3fM712Y3h9AS");
  static final int RECEIPT_SECRET_MIN_LENGTH = 16;

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    List<String> problems = problems(context.getEnvironment());
    if (!problems.isEmpty()) {
      throw new StartupSettingsException(problems);
    }
  }

  static List<String> problems(Environment env) {
    boolean demo = env.acceptsProfiles(Profiles.of(DEMO_PROFILE));
    List<String> problems = new ArrayList<>();
    publicUrl(env.getProperty("greenwhistle.public-url", ""), demo, problems);
    cryptoKeys(env, demo, problems);
    receiptSecret(env.getProperty("greenwhistle.receipt.secret", ""), demo, problems);
    if (!demo) {
      firstAdmin(env.getProperty("greenwhistle.first-admin.username", ""),
          env.getProperty("greenwhistle.first-admin.password", ""), problems);
    }
    return problems;
  }

  private static void publicUrl(String value, boolean demo, List<String> problems) {
    String setting = "greenwhistle.public-url (GREENWHISTLE_PUBLIC_URL)";
    if (value.isBlank()) {
      problems.add(setting + " is not set: the address citizens reach the portal at, used in the links of "
          + "verification and password-reset mails, e.g. https://greenwhistle.example.gov.cn"
          + (demo ? "" : " (only the demo profile defaults to http://localhost:8080)"));
      return;
    }
    try {
      URI uri = new URI(value.trim());
      if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
        problems.add(setting + " must be an absolute http(s) address such as https://greenwhistle.example.gov.cn");
      }
    } catch (URISyntaxException e) {
      problems.add(setting + " is not a valid address: " + e.getReason());
    }
  }

  private static void cryptoKeys(Environment env, boolean demo, List<String> problems) {
    String activeKey = env.getProperty("greenwhistle.crypto.active-key", "k1");
    Map<String, String> keys = Binder.get(env)
        .bind("greenwhistle.crypto.keys", Bindable.mapOf(String.class, String.class)).orElse(Map.of());
    String active = keys.getOrDefault(activeKey, "");
    if (active.isBlank()) {
      problems.add(keySetting(activeKey) + " is not set: the key that "
          + "encrypts reporters' personal data, base64 of 32 random bytes (head -c32 /dev/urandom | base64)");
    }
    keys.forEach((id, value) -> {
      if (value == null || value.isBlank()) {
        return;
      }
      String setting = keySetting(id);
      int length;
      try {
        length = Base64.getDecoder().decode(value.trim()).length;
      } catch (IllegalArgumentException e) {
        problems.add(setting + " is not base64: it must be base64 of 32 random bytes (head -c32 /dev/urandom | base64)");
        return;
      }
      if (length != 32) {
        problems.add(setting + " is " + length + " bytes long: it must be base64 of 32 random bytes "
            + "(head -c32 /dev/urandom | base64)");
      } else if (!demo && PUBLISHED_SECRETS.contains(value.trim())) {
        problems.add(setting + " is the demo profile's published key: generate your own (head -c32 /dev/urandom | base64)");
      }
    });
  }

  /** application.yaml maps k1 to GREENWHISTLE_CRYPTO_KEY; further keys come in through relaxed binding. */
  private static String keySetting(String id) {
    return "greenwhistle.crypto.keys." + id + " ("
        + ("k1".equals(id) ? "GREENWHISTLE_CRYPTO_KEY" : "GREENWHISTLE_CRYPTO_KEYS_" + id.toUpperCase(Locale.ROOT)) + ")";
  }

  private static void receiptSecret(String value, boolean demo, List<String> problems) {
    String setting = "greenwhistle.receipt.secret (GREENWHISTLE_RECEIPT_SECRET)";
    if (value.isBlank()) {
      problems.add(setting + " is not set: the HMAC key for access keys, idempotency keys and client hashes, "
          + RECEIPT_SECRET_MIN_LENGTH + "+ random characters");
    } else if (value.length() < RECEIPT_SECRET_MIN_LENGTH) {
      problems.add(setting + " is too short (" + value.length() + " characters): it needs "
          + RECEIPT_SECRET_MIN_LENGTH + "+ random characters");
    } else if (!demo && PUBLISHED_SECRETS.contains(value)) {
      problems.add(setting + " is the demo profile's published secret: generate your own");
    }
  }

  private static void firstAdmin(String username, String password, List<String> problems) {
    if (username.isBlank() != password.isBlank()) {
      problems.add((username.isBlank()
          ? "greenwhistle.first-admin.username (GREENWHISTLE_ADMIN_USERNAME) is not set"
          : "greenwhistle.first-admin.password (GREENWHISTLE_ADMIN_PASSWORD) is not set")
          + ": the first ADMIN needs both a user name and a password");
      return;
    }
    if (password.isBlank()) {
      return;
    }
    String violation = PasswordPolicy.violation(username, password);
    if (violation != null) {
      problems.add("greenwhistle.first-admin.password (GREENWHISTLE_ADMIN_PASSWORD) is too weak: "
          + switch (violation) {
            case "password.tooShort" -> "shorter than " + PasswordPolicy.MIN_LENGTH + " characters";
            case "password.tooLong" -> "longer than 128 characters";
            case "password.equalsUsername" -> "equal to the user name";
            case "password.tooSimple" -> "only letters or only digits";
            default -> violation;
          });
    }
  }
}
