package org.greenwhistle.publication.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.publication.domain.PublicFacets;
import org.greenwhistle.publication.domain.PublishedCase;
import org.greenwhistle.publication.domain.PublishedCaseSummary;
import org.greenwhistle.publication.service.PublicTypicalCases;
import org.greenwhistle.publication.service.TypicalCaseService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Published typical cases for anyone: list with filters, one case, Atom feed. */
@RestController
@RequestMapping("/api/v1/typical-cases")
class PublicTypicalCaseController {
  record Page<T>(List<T> items, long total, int offset, int limit) {
  }

  private final PublicTypicalCases cases;

  PublicTypicalCaseController(PublicTypicalCases cases) {
    this.cases = cases;
  }

  @Operation(summary = "Published typical cases, newest batch first; filters: province code, category, year, "
      + "batch number, text")
  @GetMapping
  Page<PublishedCaseSummary> list(@RequestParam(required = false) String province,
                                  @RequestParam(required = false) String category,
                                  @RequestParam(required = false) String year,
                                  @RequestParam(required = false) String batch,
                                  @RequestParam(required = false) String q,
                                  @RequestParam(defaultValue = "0") int offset,
                                  @RequestParam(defaultValue = "20") int limit) {
    int bounded = Math.max(1, Math.min(limit, 100));
    int from = Math.max(0, offset);
    Integer y = number("year", year);
    Integer b = number("batch", batch);
    return new Page<>(cases.page(province, category, y, b, q, from, bounded), cases.count(province, category, y, b, q),
        from, bounded);
  }

  @Operation(summary = "The filter values that have published cases")
  @GetMapping("/facets")
  PublicFacets facets() {
    return cases.facets();
  }

  @Operation(summary = "Atom feed of the latest published typical cases")
  @GetMapping(value = "/feed.atom", produces = "application/atom+xml")
  ResponseEntity<String> feed() {
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
        .body(cases.atomFeed(base));
  }

  @Operation(summary = "One published typical case (404 unless published)")
  @GetMapping("/{id:\\d{1,18}}")
  PublishedCase one(@PathVariable long id) {
    return cases.find(id);
  }

  private static Integer number(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(TypicalCaseService.problem(field, "publication.error.number"));
    }
  }
}
