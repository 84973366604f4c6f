package org.greenwhistle.publication.domain;

import java.time.Instant;
import java.util.List;

/**
 * A typical case with its five sections: 【制度背景】 background, 【基本案情】 facts, 【查处情况】 handling,
 * 【奖励情况】 reward, 【典型意义】 significance. {@code author} wrote it, {@code lastEditor} changed the text last,
 * {@code reviewer} published it.
 */
public record TypicalCase(Long id, Long batchId, Integer batchNo, String batchTitle, String title, String provinceCode,
                          String regionCode, String category, Integer caseYear, String background, String facts,
                          String handling, String reward, String significance, TypicalCaseStatus status,
                          String author, String lastEditor, String reviewer, String returnReason, Instant createdAt,
                          Instant updatedAt, Instant publishedAt) {
  /** Section keys in reading order (also the JSON field names and the message keys' suffixes). */
  public static final List<String> SECTIONS = List.of("background", "facts", "handling", "reward", "significance");

  public TypicalCaseForm toForm() {
    return new TypicalCaseForm(title, batchNo, regionCode, category, caseYear, background, facts, handling, reward,
        significance);
  }

  @Override
  public String toString() {
    return "TypicalCase[id=" + id + ", status=" + status + "]";
  }
}
