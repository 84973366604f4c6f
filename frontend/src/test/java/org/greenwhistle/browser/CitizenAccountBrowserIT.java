package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenwhistle.common.crypto.FieldCipher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real-name citizen registers, confirms the address from the mail, reads on the form that an anonymous report
 * would not be linked, reports under their name while logged in, sees it in My reports.
 */
class CitizenAccountBrowserIT extends BrowserTestBase {
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;

  @Test
  void aCitizenRegistersConfirmsReportsAndFindsTheReport() {
    String email = "web-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    open("/register");
    type("#register-email", email);
    type("#register-password", "Green-Whistle-42");
    clickButton("#register-submit");
    waitForText("#register-done", "请查收邮件");

    // the demo profile captures mail in the outbox (encrypted); the link is kept apart from the stored body
    String storedLink = jdbc.query("SELECT recipient_encrypted, secret_encrypted FROM mail_outbox "
        + "WHERE reason = 'EMAIL_VERIFICATION' ORDER BY id DESC", (rs, i) -> email.equals(cipher.decrypt(
            rs.getString("recipient_encrypted"))) ? cipher.decrypt(rs.getString("secret_encrypted")) : null)
        .stream().filter(Objects::nonNull).findFirst().orElseThrow();
    Matcher link = Pattern.compile("/verify-email\\?token=[A-Za-z0-9_-]+").matcher(storedLink);
    assertThat(link.find()).isTrue();
    open(link.group());
    waitForText("#verify-result", "邮箱已确认");

    login(email, "Green-Whistle-42");
    waitFor("#citizen-home");
    open("/report");
    waitFor("#report-heading");
    // logged in, the anonymous choice (the default) says plainly what it costs
    waitForText("#anonymous", "匿名举报不会与您的账号关联");
    waitForText("#anonymous", "不会出现在“我的举报”中");
    clickCheckbox("#categories", "噪声污染");
    type("#target", "某夜宵店");
    type("#description", "每天凌晨还在店外大声喧哗，音响声音很大。");
    pickInCombo("#region-province", "四川省");
    pickInCombo("#region-city", "自贡市");
    pickInCombo("#region-county", "沿滩区");
    type("#address", "沿滩区某街 6 号");
    chooseRadio("#anonymous", "实名举报");
    type("#reporter-name", "网页测试人");
    type("#reporter-id", "510311198506123457");
    type("#reporter-phone", "13600001234");
    clickButton("#submit-report");
    String code = waitFor("#receipt-code").getText();

    open("/my");
    waitForText("#my-reports", code);
    screenshot("my-reports");
  }
}
