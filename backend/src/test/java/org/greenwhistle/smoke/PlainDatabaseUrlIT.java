package org.greenwhistle.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.greenwhistle.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The production profile on a plain {@code jdbc:mysql://host:3306/db} URL (no driver parameters), on a server where
 * another schema already holds engine tables: the mysql profile's driver properties make the engine look in its
 * own schema, so it creates its tables there instead of taking the other schema's for its own. The two databases
 * are {@code it.db.plain} and {@code it.db.other} (default: the test database's name + "_plain" / "_other").
 */
class PlainDatabaseUrlIT {
  private static final String IT_URL = System.getProperty("it.db.url",
      "jdbc:mysql://127.0.0.1:3306/greenwhistle_it?sendFractionalSeconds=false&serverTimezone=UTC"
          + "&nullCatalogMeansCurrent=true&characterEncoding=UTF-8");
  private static final String USER = System.getProperty("it.db.user", "root");
  private static final String PASSWORD = System.getProperty("it.db.password", "");

  @Test
  void aPlainUrlWorksWithASecondSchemaHoldingEngineTablesOnTheSameServer() {
    Matcher url = Pattern.compile("jdbc:mysql://([^/]+)/([^?]+).*").matcher(IT_URL);
    assertThat(url.matches()).as(IT_URL).isTrue();
    String server = "jdbc:mysql://" + url.group(1) + "/";
    String plain = System.getProperty("it.db.plain", url.group(2) + "_plain");
    String other = System.getProperty("it.db.other", url.group(2) + "_other");
    JdbcTemplate root = new JdbcTemplate(new DriverManagerDataSource(server, USER, PASSWORD));
    for (String db : new String[] {plain, other}) {
      root.execute("DROP DATABASE IF EXISTS `" + db + "`");
      root.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    // what the engine checks for: its execution table and the schema version (another installation's tables)
    root.execute("CREATE TABLE `" + other + "`.ACT_RU_EXECUTION (ID_ VARCHAR(64) PRIMARY KEY)");
    root.execute("CREATE TABLE `" + other + "`.ACT_GE_PROPERTY (NAME_ VARCHAR(64) PRIMARY KEY, VALUE_ VARCHAR(300), REV_ INT)");
    root.update("INSERT INTO `" + other + "`.ACT_GE_PROPERTY VALUES ('schema.version', '7.24.0', 1)");

    SpringApplication app = new SpringApplication(BackendTestApplication.class);
    try (ConfigurableApplicationContext context = app.run(
        "--spring.profiles.active=mysql",
        "--spring.datasource.url=" + server + plain,
        "--spring.datasource.username=" + USER,
        "--spring.datasource.password=" + PASSWORD,
        "--server.port=0",
        "--greenwhistle.public-url=https://greenwhistle.example.gov.cn",
        "--greenwhistle.crypto.keys.k1=I2N52DDdCSWnzqkQ49qTdoXFq3eJ6jYU+WmSeVxueE0=",
        "--greenwhistle.receipt.secret=plain-url-test-secret-1234",
        "--greenwhistle.data-dir=" + System.getProperty("java.io.tmpdir") + "/greenwhistle-plain-url-it",
        "--greenwhistle.mail.poll-interval=1h")) {
      JdbcTemplate app1 = new JdbcTemplate(context.getBean(DataSource.class));
      assertThat(app1.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(plain);
      assertThat(app1.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ? "
          + "AND table_name IN ('ACT_RU_EXECUTION', 'ACT_GE_PROPERTY', 'ACT_RU_JOB', 'ACT_HI_PROCINST')",
          Integer.class, plain)).isEqualTo(4);
      // the engine and the application's own tables work on it
      assertThat(app1.queryForObject("SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ = 'report-handling'",
          Integer.class)).isPositive();
      assertThat(app1.queryForObject("SELECT COUNT(*) FROM region", Integer.class)).isGreaterThan(3000);
    }
    // the other installation's tables are untouched
    assertThat(root.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?",
        Integer.class, other)).isEqualTo(2);
  }
}
