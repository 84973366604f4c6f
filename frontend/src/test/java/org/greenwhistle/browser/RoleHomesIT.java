package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Each demo role logs in and lands on its own home; the portal and Camunda's webapps are guarded. */
class RoleHomesIT extends BrowserTestBase {

  @Test
  void thePortalRendersInChineseAndSwitchesToEnglish() {
    open("/");
    waitForText("#portal-heading", "请举报");
    screenshot("portal-zh");
    clickButton("#language-switch");
    waitForText("#portal-heading", "Report it");
  }

  @ParameterizedTest(name = "{0} lands on {1}")
  @CsvSource({
      "citizen, #citizen-home, ",
      "intake, #staff-home, 四川省",
      "leader, #staff-home, 四川省",
      "investigator, #staff-home, 四川省 自贡市 沿滩区",
      "investigator2, #staff-home, 重庆市 奉节县",
      "cq-intake, #staff-home, 重庆市",
      "finance, #finance-home, 四川省",
      "cq-finance, #finance-home, 重庆市",
      "admin, #admin-home, "
  })
  void eachDemoRoleLandsOnItsHome(String user, String homeCss, String region) {
    login(user, user);
    waitFor(homeCss);
    if (region != null) {
      waitForText("#staff-region", region);
    }
    logout();
  }

  @Test
  void camundaWebappsAskForLoginAdmitAdminAndRefuseCitizens() {
    open("/operaton/app/");
    wait.until(d -> d.getCurrentUrl().contains("/login"));

    login("citizen", "citizen");
    open("/operaton/app/cockpit/default/");
    assertThat(driver.getPageSource()).doesNotContain("ng-app");
    driver.manage().deleteAllCookies();

    login("admin", "admin");
    open("/operaton/app/cockpit/default/");
    wait.until(d -> d.getTitle().toLowerCase().contains("cockpit"));
    assertThat(driver.findElements(By.cssSelector("body"))).isNotEmpty();
  }
}
