package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Each demo role logs in and lands on its own home; the portal and Operaton's web apps are guarded. */
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
  void operatonWebappsAskForLoginAdmitAdminAndRefuseCitizens() {
    open("/operaton/app/");
    wait.until(d -> d.getCurrentUrl().contains("/login"));

    login("citizen", "citizen");
    open("/operaton/app/cockpit/default/");
    assertThat(driver.getPageSource()).doesNotContain("ng-app");
    // an old bookmark leads to the same refusal
    String oldBookmark = "/camunda/app/cockpit/default/";
    open(oldBookmark);
    assertThat(driver.getCurrentUrl()).contains("/operaton/app/cockpit/default/");
    assertThat(driver.getPageSource()).doesNotContain("ng-app");
    driver.manage().deleteAllCookies();

    login("admin", "admin");
    // a Camunda-era bookmark redirects to Operaton's Cockpit
    open(oldBookmark);
    wait.until(d -> d.getCurrentUrl().contains("/operaton/app/cockpit/default/"));
    wait.until(d -> d.getTitle().toLowerCase().contains("cockpit"));
    // the dashboard has loaded the engine's data through the single sign-on, not only the page shell
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Running Process Instances"));
    screenshot("cockpit");
  }
}
