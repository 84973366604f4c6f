package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The public typical cases as a citizen reads them (list with a province filter, a case's page, on a phone) and
 * ADMIN's console, with the demo batch of published cases.
 */
class TypicalCasesBrowserIT extends BrowserTestBase {
  private static final String ZIGONG = "四川自贡对举报危险废物非法倾倒的群众实施奖励";
  private static final String DRAFT = "四川自贡对举报养殖场废水直排的群众实施奖励";
  private static final String FENGJIE = "重庆奉节对举报向长江倾倒采石废渣的群众实施奖励";

  @Test
  void theListFiltersByProvinceAndACasePageShowsItsSections() {
    open("/cases");
    waitFor("#typical-cases-heading");
    waitForText("#typical-cases-list", ZIGONG);
    waitForText("#typical-cases-list", FENGJIE);
    waitForText("#typical-cases-count", "个案例");
    screenshot("typical-cases-list");

    chooseInSelect("#typical-cases-province", "重庆市");
    wait.until(d -> !d.findElement(By.cssSelector("#typical-cases-list")).getText().contains(ZIGONG));
    waitForText("#typical-cases-list", FENGJIE);

    chooseInSelect("#typical-cases-province", "四川省");
    waitForText("#typical-cases-list", ZIGONG);
    WebElement link = wait.until(d -> d.findElements(By.cssSelector("#typical-cases-list a")).stream()
        .filter(a -> a.getText().contains(ZIGONG)).findFirst().orElse(null));
    String href = link.getAttribute("href");
    assertThat(href).matches(".*/cases/\\d+$");
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", link);
    wait.until(d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));

    waitForText("#typical-case-title", ZIGONG);
    waitForText("#typical-case-section-background", "【制度背景】");
    waitForText("#typical-case-section-facts", "【基本案情】");
    waitForText("#typical-case-section-facts", "某公司");
    waitForText("#typical-case-section-handling", "【查处情况】");
    waitForText("#typical-case-section-reward", "【奖励情况】");
    waitForText("#typical-case-section-significance", "【典型意义】");
    waitForText("#typical-case-meta", "四川省 自贡市 沿滩区");
    waitForText("#typical-case-batch", "2026年第一批生态环境违法行为举报奖励典型案例");
    assertThat(waitFor("#typical-case-share-url input").getAttribute("value")).isEqualTo(href);
    assertThat(driver.getTitle()).contains(ZIGONG);
    screenshot("typical-case-detail");

    // the stable address works on its own, and on a phone
    driver.manage().window().setSize(new Dimension(390, 844));
    try {
      driver.get(href);
      waitForText("#typical-case-section-facts", "【基本案情】");
      screenshot("typical-case-phone");
      Long overflow = (Long) ((JavascriptExecutor) driver).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void theAdminConsoleShowsEveryCaseWithItsStateAndProposesTheAnonymisationOfADraft() {
    login("admin", "admin");
    open("/admin/typical-cases");
    waitFor("#typical-cases-admin-heading");
    waitForCell("#typical-cases-grid", "已发布");
    // the search narrows the grid (the shared test database also holds the backend tests' cases)
    type("#typical-cases-admin-search", "非法倾倒");
    clickCell("#typical-cases-grid", ZIGONG);
    waitForText("#typical-case-editor-title", "已发布");
    assertThat(waitFor("#typical-case-edit-title input").getAttribute("value")).isEqualTo(ZIGONG);
    waitFor("#typical-case-withdraw");

    // the demo draft still names the farm and its people: the anonymiser proposes "某养殖场", "周某某", "陈某某"
    type("#typical-cases-admin-search", "养殖场废水直排");
    clickCell("#typical-cases-grid", DRAFT);
    waitForText("#typical-case-editor-title", "草稿");
    clickButton("#typical-case-propose");
    waitForCell("#typical-case-proposal-grid", "沿滩区某养殖场");
    waitForCell("#typical-case-proposal-grid", "周某某");
    waitForCell("#typical-case-proposal-grid", "陈某某");
    ((JavascriptExecutor) driver).executeScript("document.querySelector('#typical-cases-admin-heading')"
        + ".scrollIntoView({block: 'start'})");
    WebElement search = waitFor("#typical-cases-admin-search input");
    search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
    waitForCell("#typical-cases-grid", FENGJIE);
    // tall enough for the list, the editor and the proposals in one picture
    driver.manage().window().setSize(new Dimension(1280, 2250));
    try {
      ((JavascriptExecutor) driver).executeScript("document.querySelector('#typical-cases-admin-heading')"
          + ".scrollIntoView({block: 'start'})");
      screenshot("typical-cases-admin");
    } finally {
      driver.manage().window().setSize(new Dimension(1280, 900));
    }
    // applying changes the editor's text only; nothing is stored until "save"
    clickButton("#typical-case-apply-all");
    wait.until(d -> ((String) ((JavascriptExecutor) d).executeScript(
        "return document.querySelector('#typical-case-edit-facts textarea').value")).contains("负责人周某某"));
  }

  private void chooseInSelect(String selectCss, String label) {
    WebElement select = waitFor(selectCss);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    select.click();
    WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
        .filter(i -> i.isDisplayed() && i.getText().trim().equals(label)).findFirst().orElse(null));
    item.click();
    wait.until(d -> select.getText().contains(label)
        || label.equals(((JavascriptExecutor) d).executeScript("return arguments[0].querySelector('vaadin-select-value-button') ? arguments[0].querySelector('vaadin-select-value-button').textContent.trim() : ''", select)));
  }

  private WebElement waitForCell(String gridCss, String text) {
    return wait.until(d -> d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().contains(text)).findFirst().orElse(null));
  }
}
