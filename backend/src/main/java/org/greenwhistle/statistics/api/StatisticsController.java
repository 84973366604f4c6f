package org.greenwhistle.statistics.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.greenwhistle.statistics.domain.Statistics;
import org.greenwhistle.statistics.service.StatisticsService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public statistics (anyone): aggregates only, small cells suppressed; labels in the caller's language. */
@RestController
@RequestMapping("/api/v1/statistics")
class StatisticsController {
  private final StatisticsService statistics;

  StatisticsController(StatisticsService statistics) {
    this.statistics = statistics;
  }

  @Operation(summary = "Reports received, accepted, confirmed; share handled within the deadline; rewards paid — "
      + "by month, category and region (counts of 1 to min-cell − 1 suppressed)")
  @GetMapping
  Statistics statistics(
      @Parameter(description = "yyyy-MM or yyyy-MM-dd (China); default: the first day eleven months before `to`")
      @RequestParam(required = false) String from,
      @Parameter(description = "yyyy-MM or yyyy-MM-dd (China), inclusive; default: today; at most 5 years after `from`")
      @RequestParam(required = false) String to,
      @Parameter(description = "a province code (e.g. 510000): only that province, regions one level below")
      @RequestParam(required = false) String province, Locale locale) {
    return statistics.statistics(from, to, province, locale);
  }

  @Operation(summary = "The same aggregates as CSV (UTF-8 with BOM)")
  @GetMapping("/csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String province, Locale locale) {
    Statistics s = statistics.statistics(from, to, province, locale);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + statistics.csvFileName(s) + "\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(statistics.csv(s));
  }
}
