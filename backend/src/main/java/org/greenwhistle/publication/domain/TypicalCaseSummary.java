package org.greenwhistle.publication.domain;

import java.time.Instant;

/** A row of a typical-case list: no full text, an excerpt of 【基本案情】 only. */
public record TypicalCaseSummary(Long id, String title, String provinceCode, String regionCode, String category,
                                 Integer caseYear, Integer batchNo, String batchTitle, TypicalCaseStatus status,
                                 String author, String reviewer, Instant updatedAt, Instant publishedAt,
                                 String excerpt) {
  @Override
  public String toString() {
    return "TypicalCaseSummary[id=" + id + ", status=" + status + "]";
  }
}
