package org.greenwhistle.browser;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ADMIN creates a staff member; the new user must change the one-time password and lands on the role's home. */
class StaffOnboardingIT extends BrowserTestBase {

  @Test
  void anAdminCreatesAnInvestigatorWhoChangesThePasswordAndSeesTheRegion() {
    String username = "zg" + UUID.randomUUID().toString().substring(0, 6);
    login("admin", "admin");
    waitFor("#admin-home");
    clickButton("#create-user");
    type("#new-username", username);
    type("#new-display-name", "自贡执法员");
    pickInCombo("#region-province", "四川省");
    pickInCombo("#region-city", "自贡市");
    pickInCombo("#region-county", "沿滩区");
    clickCheckbox("#new-roles", "执法人员");
    screenshot("admin-create-staff");
    clickButton("#save-user");
    String oneTimePassword = waitFor("#one-time-password").getText().trim();
    clickButton("#close-one-time-password");
    type("#users-filter", username);
    waitForText("#users-grid", username);
    screenshot("admin-users");
    logout();

    login(username, oneTimePassword);
    waitFor("#save-password");
    type("#current-password", oneTimePassword);
    type("#new-password", "Zigong-2026-safe");
    type("#repeat-password", "Zigong-2026-safe");
    clickButton("#save-password");
    waitFor("#staff-home");
    waitForText("#staff-region", "四川省 自贡市 沿滩区（510311）");
    logout();

    // the new password works from now on, straight to the role's home
    login(username, "Zigong-2026-safe");
    waitFor("#staff-home");
  }
}
