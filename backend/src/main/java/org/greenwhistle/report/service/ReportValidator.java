package org.greenwhistle.report.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.domain.ResidentIdNumber;
import org.greenwhistle.report.domain.Subcategory;
import org.springframework.stereotype.Component;

/** The rules of a report, shared by the form and the REST API; returns every problem at once. */
@Component
public class ReportValidator {
  static final int DESCRIPTION_MIN = 10;
  static final int DESCRIPTION_MAX = 5000;
  private static final String MOBILE = "1[3-9]\\d{9}";
  private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s.]{2,}";

  private final RegionService regions;
  private final Clock clock;

  ReportValidator(RegionService regions, Clock clock) {
    this.regions = regions;
    this.clock = clock;
  }

  public List<FieldProblem> problems(ReportDraft d) {
    List<FieldProblem> p = new ArrayList<>();
    if (d.categories() == null || d.categories().isEmpty()
        || d.categories().stream().anyMatch(java.util.Objects::isNull)) {
      p.add(new FieldProblem("categories", "report.error.categoriesRequired"));
    } else if (d.subcategories() != null && d.subcategories().stream().anyMatch(java.util.Objects::isNull)) {
      p.add(new FieldProblem("subcategories", "report.error.subcategoryMismatch"));
    } else {
      for (Subcategory s : d.subcategoriesOrEmpty()) {
        if (!d.categories().contains(s.parent())) {
          p.add(new FieldProblem("subcategories", "report.error.subcategoryMismatch"));
          break;
        }
      }
    }
    text(p, "targetName", d.targetName(), 1, 200);
    if (blank(d.regionCode())) {
      p.add(new FieldProblem("regionCode", "report.error.regionRequired"));
    } else {
      var region = regions.find(d.regionCode());
      if (region.isEmpty() || region.get().level() == 0) {
        p.add(new FieldProblem("regionCode", "report.error.regionUnknown"));
      } else if (!regions.children(d.regionCode()).isEmpty()) {
        // the lowest level the tree has there: a county, or a city without counties (东莞)
        p.add(new FieldProblem("regionCode", "report.error.regionTooCoarse"));
      }
    }
    text(p, "address", d.address(), 1, 300);
    if ((d.latitude() == null) != (d.longitude() == null)) {
      p.add(new FieldProblem("latitude", "report.error.coordinatesIncomplete"));
    } else if (d.latitude() != null && (outside(d.latitude(), 90) || outside(d.longitude(), 180)
        || d.latitude().scale() > 12 || d.longitude().scale() > 12)) {
      p.add(new FieldProblem("latitude", "report.error.coordinatesInvalid"));
    }
    if (d.observedAt() == null) {
      p.add(new FieldProblem("observedAt", "report.error.observedAtRequired"));
    } else if (d.observedAt().toInstant().isAfter(clock.instant().plus(Duration.ofMinutes(10)))) {
      p.add(new FieldProblem("observedAt", "report.error.observedAtFuture"));
    } else if (d.observedAt().toInstant().isBefore(java.time.Instant.parse("2000-01-01T00:00:00Z"))) {
      p.add(new FieldProblem("observedAt", "report.error.observedAtTooOld"));
    }
    int length = d.description() == null ? 0 : d.description().strip().codePointCount(0, d.description().strip().length());
    if (length < DESCRIPTION_MIN || length > DESCRIPTION_MAX) {
      p.add(new FieldProblem("description", "report.error.descriptionLength", DESCRIPTION_MIN, DESCRIPTION_MAX));
    }
    if (isRealName(d)) {
      identity(p, d.reporter());
    }
    if (Boolean.TRUE.equals(d.wantsReward()) && !Boolean.TRUE.equals(d.notExcludedPerson())) {
      p.add(new FieldProblem("notExcludedPerson", "report.error.declarationRequired"));
    }
    return p;
  }

  private void identity(List<FieldProblem> p, ReporterIdentity r) {
    if (r == null) {
      p.add(new FieldProblem("reporter", "report.error.identityRequired"));
      return;
    }
    text(p, "reporter.name", r.name(), 1, 50);
    if (!ResidentIdNumber.isValid(r.idNumber() == null ? null : r.idNumber().strip())) {
      p.add(new FieldProblem("reporter.idNumber", "report.error.idNumberInvalid"));
    }
    if (r.phone() == null || !r.phone().strip().matches(MOBILE)) {
      p.add(new FieldProblem("reporter.phone", "report.error.phoneInvalid"));
    }
    if (!blank(r.email()) && (r.email().length() > 254 || !r.email().strip().matches(EMAIL))) {
      p.add(new FieldProblem("reporter.email", "report.error.emailInvalid"));
    }
  }

  private static void text(List<FieldProblem> p, String field, String value, int min, int max) {
    int length = value == null ? 0 : value.strip().length();
    if (length < min) {
      p.add(new FieldProblem(field, "report.error.required"));
    } else if (length > max) {
      p.add(new FieldProblem(field, "report.error.tooLong", max));
    }
  }

  private static boolean outside(BigDecimal value, int limit) {
    return value.abs().compareTo(BigDecimal.valueOf(limit)) > 0;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Real-name unless explicitly anonymous with no identity given. */
  static boolean isRealName(ReportDraft d) {
    return Boolean.FALSE.equals(d.anonymous()) || d.anonymous() == null && d.reporter() != null;
  }
}
