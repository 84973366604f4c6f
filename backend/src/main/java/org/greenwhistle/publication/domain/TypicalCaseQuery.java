package org.greenwhistle.publication.domain;

/**
 * Filters of a typical-case list; null means "any". {@code text} searches title and sections; {@code batchNo} is the
 * batch's public number.
 */
public record TypicalCaseQuery(TypicalCaseStatus status, String provinceCode, String category, Integer year,
                               Integer batchNo, String text, int offset, int limit) {
  public static final int MAX_LIMIT = 100;

  public static TypicalCaseQuery published(String provinceCode, String category, Integer year, Integer batchNo,
                                           String text, int offset, int limit) {
    return new TypicalCaseQuery(TypicalCaseStatus.PUBLISHED, provinceCode, category, year, batchNo, text, offset, limit);
  }

  /** Offsets and limits in range, blank filters as null, LIKE wildcards in the search text taken literally. */
  public TypicalCaseQuery bounded() {
    String t = text == null || text.isBlank() ? null : text.strip();
    if (t != null && t.length() > 100) {
      t = t.substring(0, 100);
    }
    if (t != null) {
      t = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
    return new TypicalCaseQuery(status, blankToNull(provinceCode), blankToNull(category), year, batchNo, t,
        Math.max(0, offset), Math.max(1, Math.min(limit, MAX_LIMIT)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
