package org.greenwhistle.report.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

/** What a citizen submits, from the form or the REST API; validated by {@code ReportValidator}. */
public record ReportDraft(Set<Category> categories, Set<Subcategory> subcategories, String targetName,
                          String regionCode, String address, BigDecimal latitude, BigDecimal longitude,
                          OffsetDateTime observedAt, Boolean ongoing, String description, Boolean anonymous,
                          ReporterIdentity reporter, Boolean wantsReward, Boolean notExcludedPerson) {
  public Set<Subcategory> subcategoriesOrEmpty() {
    return subcategories == null ? Set.of() : subcategories;
  }

  @Override
  public String toString() {
    return "ReportDraft[region=" + regionCode + ", categories=" + categories + "]";
  }
}
