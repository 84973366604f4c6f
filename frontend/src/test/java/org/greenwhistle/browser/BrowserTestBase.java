package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.greenwhistle.GreenWhistleApplication;
import org.greenwhistle.scenario.Scenarios;
import org.greenwhistle.scenario.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running portal (demo users, MariaDB through the "it" profile) driven by Debian's headless
 * Chromium. One browser per test class; cookies are cleared between tests. All requests come from
 * 127.0.0.1, so the "bench" profile raises the abuse limits (ReportApiIT asserts the real ones).
 */
@SpringBootTest(classes = GreenWhistleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "mysql", "it", "bench"})
public abstract class BrowserTestBase {
  protected static WebDriver driver;
  protected static WebDriverWait wait;

  @LocalServerPort
  protected int port;

  /** Cases in a known state, worked by the demo users through the application's services. */
  protected Scenarios scenarios;

  @Autowired
  void demoScenarios(Scenarios all) {
    this.scenarios = all.with(Staff.DEMO);
  }

  @Autowired
  private ServletContext servletContext;

  @BeforeAll
  static void startBrowser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 900));
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Autowired
  private SecurityContextHolderStrategy contextSecurity;

  /**
   * Vaadin gives each application context its own security-context strategy and makes the newest the static
   * default; code that reads the static holder (the engine's single sign-on, CurrentUser) would otherwise look into
   * another cached test context's strategy and see nobody logged in.
   */
  @BeforeEach
  void thisContextsSecurityHolder() {
    SecurityContextHolder.setContextHolderStrategy(contextSecurity);
  }

  @BeforeEach
  void freshSession() {
    open("/");
    driver.manage().deleteAllCookies();
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  protected void open(String path) {
    driver.get(url(path));
  }

  protected WebElement waitFor(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  protected void waitForText(String css, String text) {
    wait.until(d -> {
      try {
        return d.findElement(By.cssSelector(css)).getText().contains(text);
      } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
        return false;
      } catch (org.openqa.selenium.WebDriverException e) {
        // Chromium's variant of a stale element while a view re-renders (e.g. after a language switch)
        if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          return false;
        }
        throw e;
      }
    });
  }

  /** Types into a Vaadin field (its native input sits in the light DOM). */
  protected void type(String fieldCss, String text) {
    WebElement input = waitFor(fieldCss + " input, " + fieldCss + " textarea");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.clear();
    input.sendKeys(text);
  }

  protected void pickInCombo(String comboCss, String label) {
    WebElement input = waitFor(comboCss + " input");
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
    input.sendKeys(label);
    wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
    input.sendKeys(Keys.ENTER);
    wait.until(d -> label.equals(((JavascriptExecutor) d).executeScript(
        "return document.querySelector(arguments[0]).selectedItem ? document.querySelector(arguments[0]).inputElement.value : ''",
        comboCss)));
  }

  protected void login(String username, String password) {
    open("/login");
    WebElement user = waitFor("vaadin-login-form input[name='username']");
    user.sendKeys(username);
    WebElement pass = driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
    pass.sendKeys(password);
    pass.sendKeys(Keys.ENTER);
    wait.until(d -> !d.getCurrentUrl().contains("/login"));
  }

  protected void logout() {
    waitFor("#logout").click();
    wait.until(d -> !d.findElements(By.cssSelector("#login-link")).isEmpty());
  }

  protected void clickButton(String css) {
    WebElement button = waitFor(css);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
    try {
      wait.until(ExpectedConditions.elementToBeClickable(button)).click();
    } catch (org.openqa.selenium.ElementClickInterceptedException e) {
      ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button);
    }
  }

  protected void clickCheckbox(String groupCss, String label) {
    wait.until(d -> d.findElements(By.cssSelector(groupCss + " vaadin-checkbox")).stream()
        .anyMatch(b -> b.getText().contains(label)));
    List<WebElement> boxes = driver.findElements(By.cssSelector(groupCss + " vaadin-checkbox"));
    WebElement box = boxes.stream().filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
    // a JS click: on a narrow screen the app layout's sticky navbar can overlap the box after scrolling
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", box.findElement(By.cssSelector("input")));
  }

  protected void chooseRadio(String groupCss, String label) {
    wait.until(d -> d.findElements(By.cssSelector(groupCss + " vaadin-radio-button")).stream()
        .anyMatch(b -> b.getText().contains(label)));
    WebElement radio = driver.findElements(By.cssSelector(groupCss + " vaadin-radio-button")).stream()
        .filter(b -> b.getText().contains(label)).findFirst().orElseThrow();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", radio);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", radio.findElement(By.cssSelector("input")));
  }

  /**
   * Clicks the displayed one of the elements the selector finds: a lazy grid keeps the components of rows it no longer
   * shows in hidden cells, so a button in a grid row can match twice.
   */
  protected void clickDisplayed(String css) {
    WebElement element = wait.until(d -> d.findElements(By.cssSelector(css)).stream()
        .filter(e -> e.isDisplayed() && e.getSize().getHeight() > 0).findFirst().orElse(null));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
  }

  /** Picks the item of a vaadin-select (also inside a dialog) whose text contains the given part. */
  protected void chooseInSelectContaining(String selectCss, String part) {
    WebElement select = waitFor(selectCss);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", select);
    select.click();
    WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
        .filter(i -> i.isDisplayed() && i.getText().contains(part)).findFirst().orElse(null));
    item.click();
    wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
        "const b = arguments[0].querySelector('vaadin-select-value-button'); return b ? b.textContent : ''", select))
        .contains(part));
  }

  /**
   * Clicks the grid cell showing the text, centred first: a click at the top edge would land on the sticky navbar.
   * Grid cells live in the grid's light DOM as vaadin-grid-cell-content.
   */
  protected void clickCell(String gridCss, String text) {
    WebElement cell = wait.until(d -> d.findElements(By.cssSelector(gridCss + " vaadin-grid-cell-content")).stream()
        .filter(c -> c.getText().contains(text)).findFirst().orElse(null));
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
    ((JavascriptExecutor) driver).executeScript("arguments[0].click()", cell);
  }

  /**
   * Saves a screenshot under docs/screenshots/ (the module runs with frontend/ as working directory), never one
   * with Vaadin's development tools or their "Development Mode" notice; run by .ci/screenshots (property
   * screenshots.production) the portal must also be in production mode, as README command 1 serves it.
   */
  protected void screenshot(String name) {
    assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
        "return document.querySelector('vaadin-dev-tools, copilot-main') !== null"
            + " || document.body.innerText.includes('Development Mode')"))
        .as("development-mode notice on " + driver.getCurrentUrl()).isFalse();
    if (Boolean.getBoolean("screenshots.production")) {
      assertThat(ApplicationConfiguration.get(new VaadinServletContext(servletContext)).isProductionMode())
          .as("Vaadin production mode (run with -Pproduction)").isTrue();
    }
    try {
      Path dir = Path.of("..", "docs", "screenshots");
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
