package org.greenwhistle.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.env.MockEnvironment;

/**
 * A production start (profile mysql, no demo) with a setting missing or weak stops before any bean is built and
 * prints one "APPLICATION FAILED TO START" report naming every such setting, without a stack trace. No database is
 * needed: the check runs before the context refreshes.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupSettingsTest {
  private static final String KEY = "--greenwhistle.crypto.keys.k1=yD3rLL6ZJ8m0eJd1lXoZQ0m3k8pWcJr5V0Nw1k4c2aA=";
  private static final String SECRET = "--greenwhistle.receipt.secret=a-receipt-secret-of-32-characters";
  private static final String URL = "--greenwhistle.public-url=https://greenwhistle.example.gov.cn";

  @Test
  void startWithoutThePublicUrlPrintsOneMessageNamingIt(CapturedOutput output) {
    assertThatThrownBy(() -> start(KEY, SECRET)).isInstanceOf(StartupSettingsException.class);

    assertOneReportWithoutStackTrace(output);
    assertThat(output.getOut()).contains("1 setting is missing or weak")
        .contains("greenwhistle.public-url (GREENWHISTLE_PUBLIC_URL) is not set")
        .contains("README.md, section \"Production\"");
  }

  @Test
  void startWithAMissingSecretPrintsOneMessageNamingIt(CapturedOutput output) {
    assertThatThrownBy(() -> start(KEY, URL)).isInstanceOf(StartupSettingsException.class);

    assertOneReportWithoutStackTrace(output);
    assertThat(output.getOut()).contains("1 setting is missing or weak")
        .contains("greenwhistle.receipt.secret (GREENWHISTLE_RECEIPT_SECRET) is not set");
  }

  @Test
  void everyMissingOrWeakSettingIsInTheSameMessageAndNoValueIsPrinted(CapturedOutput output) {
    assertThatThrownBy(() -> start("--greenwhistle.crypto.keys.k1=c2hvcnQ=", "--greenwhistle.receipt.secret=short-secret",
        "--greenwhistle.first-admin.username=root", "--greenwhistle.first-admin.password=rootroot"))
        .isInstanceOf(StartupSettingsException.class);

    assertOneReportWithoutStackTrace(output);
    assertThat(output.getOut()).contains("4 settings are missing or weak")
        .contains("greenwhistle.public-url (GREENWHISTLE_PUBLIC_URL) is not set")
        .contains("greenwhistle.crypto.keys.k1 (GREENWHISTLE_CRYPTO_KEY) is 5 bytes long")
        .contains("greenwhistle.receipt.secret (GREENWHISTLE_RECEIPT_SECRET) is too short (12 characters)")
        .contains("greenwhistle.first-admin.password (GREENWHISTLE_ADMIN_PASSWORD) is too weak: shorter than 10")
        .doesNotContain("c2hvcnQ=").doesNotContain("short-secret").doesNotContain("rootroot");
  }

  @Test
  void theDemoProfilesPublishedValuesAreRejectedOutsideIt() {
    MockEnvironment production = new MockEnvironment()
        .withProperty("greenwhistle.public-url", "https://greenwhistle.example.gov.cn")
        .withProperty("greenwhistle.crypto.keys.k1", "GUrZyLKxYxnW1eEt48NCQPJ07VzkTIY5j6eYFlvsMh4=")
        .withProperty("greenwhistle.receipt.secret", "EzL6n6i1uY9xsOsPABwE3fM712Y3h9AS");
    assertThat(StartupSettings.problems(production)).containsExactly(
        "greenwhistle.crypto.keys.k1 (GREENWHISTLE_CRYPTO_KEY) is the demo profile's published key: generate your own "
            + "(head -c32 /dev/urandom | base64)",
        "greenwhistle.receipt.secret (GREENWHISTLE_RECEIPT_SECRET) is the demo profile's published secret: "
            + "generate your own");

    production.setActiveProfiles("demo");
    production.setProperty("greenwhistle.public-url", "");
    assertThat(StartupSettings.problems(production)).containsExactly(
        "greenwhistle.public-url (GREENWHISTLE_PUBLIC_URL) is not set: the address citizens reach the portal at, "
            + "used in the links of verification and password-reset mails, e.g. https://greenwhistle.example.gov.cn");
  }

  @Test
  void thePublishedValuesAreTheDemoProfiles() throws IOException {
    String demo = new ClassPathResource("application-demo.yaml").getContentAsString(StandardCharsets.UTF_8);
    assertThat(StartupSettings.PUBLISHED_SECRETS).allMatch(demo::contains);
  }

  @Test
  void aCompleteProductionEnvironmentPasses() {
    MockEnvironment production = new MockEnvironment()
        .withProperty("greenwhistle.public-url", "https://greenwhistle.example.gov.cn")
        .withProperty("greenwhistle.crypto.keys.k1", "yD3rLL6ZJ8m0eJd1lXoZQ0m3k8pWcJr5V0Nw1k4c2aA=")
        .withProperty("greenwhistle.receipt.secret", "a-receipt-secret-of-32-characters")
        .withProperty("greenwhistle.first-admin.username", "admin")
        .withProperty("greenwhistle.first-admin.password", "Bureau-admin-2026!");
    assertThat(StartupSettings.problems(production)).isEmpty();
  }

  /** The production profile with nothing from the environment but the given command-line settings. */
  private static void start(String... settings) {
    List<String> args = new ArrayList<>(List.of(settings));
    args.add("--spring.profiles.active=mysql");
    args.add("--spring.main.banner-mode=off");
    SpringApplication app = new SpringApplication(BackendTestApplication.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.run(args.toArray(String[]::new));
  }

  private static void assertOneReportWithoutStackTrace(CapturedOutput output) {
    String out = output.getAll();
    assertThat(out.split("APPLICATION FAILED TO START", -1)).as(out).hasSize(2);
    assertThat(out).as(out).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
