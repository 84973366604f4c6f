package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The citizen pages checked with axe-core (WCAG 2.1 A/AA rules and axe's best practices; GB/T 37668-2019 follows
 * WCAG 2.0 AA) on a desktop and a 390 px phone window: no serious or critical finding. axe.min.js comes from the
 * org.webjars.npm:axe-core test dependency and is injected into the page; nothing is fetched at run time. No rule is
 * disabled and no element excluded; should one ever be, it is named in {@link #DISABLED_RULES} with its reason.
 */
class AccessibilityIT extends BrowserTestBase {
  private static final String AXE = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  /** Rule id → why it is off. */
  private static final Map<String, String> DISABLED_RULES = Map.of();
  /**
   * Findings inside Vaadin's own components (their shadow DOM, not reachable from the application), by rule and the
   * end of the element's selector, each with its reason. Every other node of these rules still counts.
   */
  private static final Map<String, String> VENDOR_FINDINGS = Map.of(
      "aria-required-children vaadin-tabs",
      "vaadin-tabs (role tablist) holds its scroll buttons as aria-hidden divs, which axe-core 4.6.3 (the newest "
          + "WebJar on Maven Central) counts as children; screen readers ignore aria-hidden elements",
      "aria-required-children ,#table",
      "vaadin-grid's inner table keeps a sizer row of cells for column widths that axe-core 4.6.3 counts as "
          + "children of the grid role; Vaadin renders it, the application cannot change it");

  @AfterEach
  void desktop() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/report", "/follow-up", "/cases", "/statistics"})
  void theCitizenPageHasNoSeriousOrCriticalFinding(String path) {
    for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
      driver.manage().window().setSize(size);
      open(path);
      // the statistics page loads its charts first: on a busy 2-core machine that takes longer than 30 s
      new WebDriverWait(driver, Duration.ofSeconds(120)).until(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#portal-layout main h2")));
      assertNoSeriousFindings(path + " at " + size.width + " px");
    }
  }

  @Test
  void theReportFormWithItsErrorsShownHasNoSeriousOrCriticalFinding() {
    open("/report");
    waitFor("#report-heading");
    clickButton("#submit-report");
    waitFor("#report-errors");
    assertNoSeriousFindings("/report with errors");
    assertThat(driver.findElement(By.id("description")).getDomAttribute("invalid")).isNotNull();
    js("localStorage.clear()");
  }

  @Test
  void theFormWorksWithTheKeyboardAloneAtTwiceTheTextSize() {
    open("/report");
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(
        ExpectedConditions.visibilityOfElementLocated(By.id("report-heading")));
    assertThat(js("return document.documentElement.lang")).isEqualTo("zh-CN");
    // 200 % text: Lumo sizes its text in rem, so the root font size doubles every text
    js("document.documentElement.style.fontSize = '200%'");
    assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth"))
        .as("no sideways scrolling at 200 % text").isTrue();
    // from the description field, Tab moves on through the form until the submit button, Enter submits
    WebElement description = waitFor("#description textarea");
    js("arguments[0].focus()", description);
    for (int i = 0; i < 60 && !"submit-report".equals(js("return document.activeElement.id")); i++) {
      driver.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(js("return document.activeElement.id")).isEqualTo("submit-report");
    driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    waitFor("#report-errors");
    wait.until(d -> Boolean.TRUE.equals(js("return document.querySelector('#categories').contains(document.activeElement)")));
    js("localStorage.clear()");
  }

  private void assertNoSeriousFindings(String where) {
    waitUntilIdle();
    if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
      js(axeSource());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Map<String, Boolean> rules = new java.util.HashMap<>();
    DISABLED_RULES.keySet().forEach(rule -> rules.put(rule, false));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "const rules = {}; Object.keys(arguments[0]).forEach(r => rules[r] = {enabled: false});"
            + "axe.run(document, {resultTypes: ['violations'], rules: rules}).then(r => done(r.violations.map(v => ({"
            + "  id: v.id, impact: v.impact, help: v.help,"
            + "  nodes: v.nodes.map(n => n.target.join(',') + ' — ' + n.failureSummary + ' — related: '"
            + "    + [...n.any, ...n.all, ...n.none].flatMap(c => c.relatedNodes || []).map(r => r.html.slice(0, 200)).join(' | '))}))))"
            + ".catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));", rules);
    List<String> serious = new ArrayList<>();
    for (Map<String, Object> v : violations) {
      if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
        @SuppressWarnings("unchecked")
        List<String> nodes = ((List<String>) v.get("nodes")).stream()
            .filter(node -> VENDOR_FINDINGS.keySet().stream().noneMatch(known ->
                known.startsWith(v.get("id") + " ") && node.split(" — ")[0].endsWith(known.substring(known.indexOf(' ') + 1))))
            .toList();
        if (!nodes.isEmpty()) {
          serious.add(v.get("impact") + " " + v.get("id") + ": " + v.get("help") + " " + nodes);
        }
      }
    }
    assertThat(serious).as("axe-core serious/critical findings on " + where).isEmpty();
  }

  /** The page as the citizen sees it once loaded: the server idle, the title set, any table filled. */
  private void waitUntilIdle() {
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(js("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())"
        + " && document.title.trim() !== ''"
        + " && [...document.querySelectorAll('vaadin-grid')].every(g => g.offsetParent === null"
        + "      || g.querySelector('vaadin-grid-cell-content') !== null)")));
  }

  private static String axeSource() {
    try (InputStream in = AccessibilityIT.class.getResourceAsStream(AXE)) {
      assertThat(in).as(AXE + " on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
