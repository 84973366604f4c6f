package org.greenwhistle.publication.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The editable content of a typical case as an editor sends it: the place is the lowest region code chosen (its
 * province is derived), the category a {@code Category} name, the batch its number. Sections may be empty while the
 * case is a draft; all must be written before it goes to review.
 */
public record TypicalCaseForm(String title, Integer batchNo, String regionCode, String category, Integer caseYear,
                              String background, String facts, String handling, String reward, String significance) {

  /** Title and the five sections by their keys, in reading order. */
  public Map<String, String> texts() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("title", title);
    texts.put("background", background);
    texts.put("facts", facts);
    texts.put("handling", handling);
    texts.put("reward", reward);
    texts.put("significance", significance);
    return texts;
  }

  /** The same form with the texts replaced (keys as in {@link #texts()}). */
  public TypicalCaseForm withTexts(Map<String, String> t) {
    return new TypicalCaseForm(t.get("title"), batchNo, regionCode, category, caseYear, t.get("background"),
        t.get("facts"), t.get("handling"), t.get("reward"), t.get("significance"));
  }

  @Override
  public String toString() {
    // the text may still hold personal data before the publication check: never in a log line
    return "TypicalCaseForm[batch=" + batchNo + ", region=" + regionCode + ", category=" + category + "]";
  }
}
