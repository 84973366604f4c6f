package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * ADMIN creates a staff member, who gets a set-password link by mail (no password on any screen or in any mail);
 * in the demo the mail is read in the outbox's capture view, which shows bodies. The link works once.
 */
class StaffOnboardingIT extends BrowserTestBase {

  @Test
  void anAdminCreatesAnInvestigatorWhoSetsThePasswordFromTheMailedLinkAndSeesTheRegion() {
    String username = "zg" + UUID.randomUUID().toString().substring(0, 6);
    String email = username + "@bureau.example";
    login("admin", "admin");
    waitFor("#admin-home");
    clickButton("#create-user");
    type("#new-username", username);
    type("#new-display-name", "自贡执法员");
    type("#new-email", email);
    pickInCombo("#region-province", "四川省");
    pickInCombo("#region-city", "自贡市");
    pickInCombo("#region-county", "沿滩区");
    clickCheckbox("#new-roles", "执法人员");
    screenshot("admin-create-staff");
    clickButton("#save-user");
    waitForText("vaadin-notification-card", "设置密码的链接");
    assertThat(driver.findElements(By.cssSelector("#one-time-password"))).as("no password on screen").isEmpty();
    type("#users-filter", username);
    waitForText("#users-grid", username);
    screenshot("admin-users");

    // the demo captures mail: the capture view shows the body with the link
    open("/admin/outbox");
    waitForText("#outbox-explain", "演示环境");
    clickCell("#outbox-grid", email);
    String body = waitFor("#outbox-grid .outbox-body").getText();
    screenshot("admin-outbox-capture");
    Matcher link = Pattern.compile("/set-password\\?token=[A-Za-z0-9_-]+").matcher(body);
    assertThat(link.find()).as("set-password link in " + body).isTrue();
    assertThat(body).doesNotContain("一次性密码");
    logout();

    open(link.group());
    type("#set-password-new", "Zigong-2026-safe");
    clickButton("#set-password-save");
    waitForText("#set-password-done", "密码已设置");

    login(username, "Zigong-2026-safe");
    waitFor("#staff-home");
    waitForText("#staff-region", "四川省 自贡市 沿滩区（510311）");
    logout();

    // the link works once
    open(link.group());
    type("#set-password-new", "Another-2026-safe");
    clickButton("#set-password-save");
    wait.until(d -> d.findElement(By.cssSelector("#set-password-new")).getDomAttribute("invalid") != null);
    waitForText("#set-password-new", "链接无效或已过期");
  }
}
