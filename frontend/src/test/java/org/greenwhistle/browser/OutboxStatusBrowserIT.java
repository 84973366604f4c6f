package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.persistence.UserAccountMapper;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.domain.Region;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The production outbox (mysql profile, no demo, mail sent by SMTP): a status list with masked recipients and no
 * subject or body, and every opening lands in the audit trail.
 */
@ActiveProfiles(value = {"mysql", "it", "bench"}, inheritProfiles = false)
class OutboxStatusBrowserIT extends BrowserTestBase {
  private static final String ADMIN = "opsadmin";
  private static final String PASSWORD = "Ops-Admin-2026";

  @Autowired UserAccountMapper accounts;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired MailOutbox outbox;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOutboxShowsStatusWithoutBodiesMasksRecipientsAndAuditsEachOpening() {
    createAdminOnce();
    String unique = UUID.randomUUID().toString().substring(0, 8);
    String recipient = "status" + unique + "@example.org";
    String subject = "状态视图主题" + unique;
    String body = "正文里的内容" + unique;
    tx.executeWithoutResult(s -> outbox.enqueue(MailReason.REPORT_PROGRESS, recipient, subject, body));
    int openingsBefore = openings();

    login(ADMIN, PASSWORD);
    open("/admin/outbox");
    waitForText("#outbox-explain", "只显示投递状态");
    waitForText("#outbox-grid", "s•••@example.org");
    waitForText("#outbox-grid", "举报办理进展");
    screenshot("admin-outbox-status");
    // a click opens no details either
    clickCell("#outbox-grid", "s•••@example.org");
    assertThat(driver.findElements(By.cssSelector("#outbox-grid .outbox-body"))).isEmpty();
    String page = driver.getPageSource();
    assertThat(page).doesNotContain(recipient).doesNotContain(subject).doesNotContain(body)
        .doesNotContain("status" + unique);
    assertThat(openings()).isEqualTo(openingsBefore + 1);

    open("/admin/outbox");
    waitFor("#outbox-grid");
    assertThat(openings()).isEqualTo(openingsBefore + 2);
  }

  /** Outside the demo there are no demo users; the suite's database may hold this ADMIN from an earlier run. */
  private void createAdminOnce() {
    if (accounts.findByUsername(ADMIN) != null) {
      return;
    }
    UserAccount account = new UserAccount();
    account.setUsername(ADMIN);
    account.setPasswordHash(passwordEncoder.encode(PASSWORD));
    account.setDisplayName("运维管理员");
    account.setRegionCode(Region.COUNTRY);
    account.setEnabled(true);
    account.setCreatedAt(Instant.now());
    accounts.insert(account);
    accounts.insertRole(account.getId(), Role.ADMIN);
  }

  private int openings() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'OUTBOX_VIEWED' AND actor = ?",
        Integer.class, ADMIN);
  }
}
