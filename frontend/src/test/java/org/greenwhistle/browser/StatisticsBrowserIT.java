package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The public statistics dashboard, anonymously, over the demo history: every chart is drawn with data left after
 * small-cell suppression, the table shows the numbers, the CSV is offered; on a desktop and on a phone.
 */
class StatisticsBrowserIT extends BrowserTestBase {
  private static final List<String> CHARTS = List.of("chart-by-month", "chart-by-category", "chart-by-province",
      "chart-deadline", "chart-rewards");

  @Test
  void theDashboardDrawsEveryChartWithDataOnADesktopAndOnAPhone() throws Exception {
    open("/statistics");
    waitForText("#statistics-heading", "举报办理数据公开");
    for (String chart : CHARTS) {
      wait.until(d -> !d.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
    }
    // what each chart draws, after suppression (a suppressed point is "-", not drawn)
    assertThat(points("chart-by-month", 0)).as("received by month").isGreaterThanOrEqualTo(11);
    assertThat(points("chart-by-month", 2)).as("confirmed by month").isGreaterThanOrEqualTo(10);
    assertThat(points("chart-by-category", 0)).as("received by category").isEqualTo(9);
    assertThat(points("chart-by-province", 0)).as("received by province").isGreaterThanOrEqualTo(6);
    assertThat(points("chart-deadline", 0)).as("share on time by month").isGreaterThanOrEqualTo(6);
    assertThat(points("chart-rewards", 0)).as("rewards paid by month").isGreaterThanOrEqualTo(6);
    assertThat(points("chart-rewards", 1)).as("amount paid by month").isGreaterThanOrEqualTo(6);

    // the table: a row per month and the total (at least the demo history's 1,200 reports)
    List<String> cells = wait.until(d -> {
      List<String> texts = d.findElements(By.cssSelector("#statistics-table vaadin-grid-cell-content")).stream()
          .map(WebElement::getText).toList();
      return texts.contains("合计") ? texts : null;
    });
    assertThat(cells).anyMatch(t -> t.matches("\\d{4,}"));
    assertThat(cells).anyMatch(t -> t.matches("\\d+(\\.\\d)?%"));
    assertThat(waitFor("#statistics-csv").getAttribute("href")).isNotBlank();

    Thread.sleep(800); // the charts' entry animation
    Dimension desktop = driver.manage().window().getSize();
    // the whole dashboard in one picture (the app layout scrolls its content, not the page)
    long height = ((Number) ((JavascriptExecutor) driver).executeScript(
        "const view = document.getElementById('statistics-heading').parentElement;"
            + "return view.getBoundingClientRect().top + view.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(desktop.getWidth(), (int) Math.min(height + 120, 4200)));
    Thread.sleep(800);
    screenshot("statistics-dashboard");

    driver.manage().window().setSize(new Dimension(390, 844));
    wait.until(d -> ((Long) ((JavascriptExecutor) d).executeScript(
        "return document.getElementById('chart-by-month').getBoundingClientRect().width")) <= 390);
    ((JavascriptExecutor) driver).executeScript(
        "document.getElementById('chart-by-month').scrollIntoView({block: 'center'})");
    Thread.sleep(800); // resize and redraw
    assertThat(canvasWidth("chart-by-month")).isLessThanOrEqualTo(390);
    screenshot("statistics-phone");
    driver.manage().window().setSize(desktop);

    // the same aggregates as CSV, anonymously through the REST API
    HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(url("/api/v1/statistics/csv"))).header("Accept-Language", "zh-CN").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFdimension,key,label").contains("\r\ntotal,total,合计,");
  }

  /** How many values of the chart's series are drawn (numbers, not "-"). */
  private long points(String chart, int series) {
    Object n = ((JavascriptExecutor) driver).executeScript("""
        const option = echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption();
        return option.series[arguments[1]].data.filter(v => typeof v === 'number').length;""", chart, series);
    return ((Number) n).longValue();
  }

  private long canvasWidth(String chart) {
    return ((Number) ((JavascriptExecutor) driver).executeScript(
        "return document.querySelector('#' + arguments[0] + ' canvas').getBoundingClientRect().width", chart))
        .longValue();
  }
}
