package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.greenwhistle.GreenWhistleApplication;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.identity.service.CitizenAccountService;
import org.greenwhistle.identity.service.UserAdminService;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * After the demo's start, a real-name submission, a password reset and a new officer, a dump of the whole test
 * database (mariadb-dump where installed, and a SELECT of every table) holds none of the mail in plain text: no
 * subject or body, link, tracking code as mailed, token or reporter address. The tokens and the address also go
 * to target/secret-values.txt so that .ci/test searches the test logs for them.
 */
@SpringBootTest(classes = GreenWhistleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "mysql", "it", "bench"})
class MailAtRestIT {
  @Autowired ReportSubmissionService submissions;
  @Autowired CitizenAccountService citizens;
  @Autowired UserAdminService admin;
  @Autowired Scenarios scenarios;
  @Autowired FieldCipher cipher;
  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Value("${spring.datasource.username}") String dbUser;
  @Value("${spring.datasource.password:}") String dbPassword;

  @Autowired SecurityContextHolderStrategy contextSecurity;

  @org.junit.jupiter.api.BeforeEach
  void thisContextsSecurityHolder() {
    // as in BrowserTestBase: the static holder must be this context's, not the newest cached context's
    org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(contextSecurity);
  }

  @Test
  void aDatabaseDumpHoldsNoMailInPlainText() throws Exception {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String reporterEmail = "dump" + unique + "@example.net";
    var receipt = submissions.submit(new ReportDraft(Set.of(Category.NOISE), Set.of(), "某夜宵店", "510311",
        "沿滩区某街 8 号", null, null, OffsetDateTime.now().minusHours(3), true, "每天凌晨还在店外大声喧哗，音响声音很大。",
        false, new ReporterIdentity("倾倒测试人", "510311198506123457", "13600004321", reporterEmail), false, null),
        List.of(), null, "198.18.0.77", Locale.SIMPLIFIED_CHINESE).receipt();
    String citizenEmail = "reset" + unique + "@example.net";
    citizens.register(citizenEmail, "first-Pass-2026", Locale.SIMPLIFIED_CHINESE);
    citizens.requestPasswordReset(citizenEmail, Locale.SIMPLIFIED_CHINESE);
    scenarios.as("admin", () -> admin.createStaff(new NewStaffMember("dump" + unique, "倾倒测试执法员",
        "officer" + unique + "@bureau.example", "510311", EnumSet.of(Role.INVESTIGATOR))));

    String code = receipt.trackingCode();
    String mailedCode = "GW-" + code.substring(2, 7) + "-" + code.substring(7);
    List<String> runValues = new ArrayList<>(List.of(reporterEmail));
    List<String> needles = new ArrayList<>(List.of(reporterEmail, mailedCode, "您的举报已收到",
        "我们已收到您的生态环境违法行为举报", "/reset-password?token=", "/set-password?token=", "/verify-email?token="));
    for (String decrypted : jdbc.queryForList("SELECT secret_encrypted FROM mail_outbox WHERE secret_encrypted IS NOT NULL",
        String.class).stream().map(cipher::decrypt).toList()) {
      Matcher token = Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(decrypted);
      assertThat(token.find()).isTrue();
      needles.add(token.group(1));
      runValues.add(token.group(1));
    }
    assertThat(needles).as("the reset, verification and set-password tokens are among the needles").hasSizeGreaterThan(9);
    remember(runValues);

    String selected = selectEverything();
    assertThat(selected).contains(code).as("the dump really holds this run's data");
    for (String needle : needles) {
      assertThat(selected).as("a value from the mail in the SELECT of all tables").doesNotContain(needle);
    }
    String dump = mariadbDump();
    if (dump != null) {
      assertThat(dump).contains(code);
      for (String needle : needles) {
        assertThat(dump).as("a value from the mail in mariadb-dump").doesNotContain(needle);
      }
    }
  }

  private String selectEverything() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Connection c = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM `" + table + "`")) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= columns; i++) {
              Object value = rs.getObject(i);
              all.append(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value).append('\t');
            }
            all.append('\n');
          }
        }
      }
    }
    return all.toString();
  }

  /** The dump an operator would take; null where the client is not installed. */
  private String mariadbDump() throws Exception {
    Path binary = Path.of("/usr/bin/mariadb-dump");
    if (!Files.isExecutable(binary)) {
      return null;
    }
    String database;
    try (Connection c = dataSource.getConnection()) {
      database = c.getCatalog();
    }
    ProcessBuilder pb = new ProcessBuilder(binary.toString(), "-h127.0.0.1", "-u" + dbUser, "--skip-extended-insert",
        database).redirectErrorStream(false);
    pb.environment().put("MYSQL_PWD", dbPassword);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("mariadb-dump exit code").isZero();
    return out;
  }

  private static void remember(List<String> values) throws IOException {
    Path file = Path.of("target", "secret-values.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join(System.lineSeparator(), values) + System.lineSeparator(),
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
