package org.greenwhistle.reward.rules;

import java.math.BigDecimal;
import java.util.Map;

/** One matched rule's output row. Numbers are exact decimals of the DMN literals; absent columns are null. */
record Part(String code, PartKind kind, BigDecimal value, BigDecimal minValue, BigDecimal maxValue, BigDecimal floor,
            BigDecimal ceiling, boolean stack, String label, String labelEn) {

  static Part of(Map<String, Object> row) {
    PartKind kind = PartKind.valueOf((String) row.get("kind"));
    Object combine = row.get("combine");
    boolean stack = kind == PartKind.BONUS || "STACK".equals(combine);
    String label = (String) row.get("label");
    Object en = row.get("labelEn");
    return new Part((String) row.get("part"), kind, number(row.get("value")), number(row.get("minValue")),
        number(row.get("maxValue")), number(row.get("floor")), number(row.get("ceiling")), stack, label,
        en == null ? label : (String) en);
  }

  private static BigDecimal number(Object o) {
    if (o == null) {
      return null;
    }
    if (o instanceof BigDecimal b) {
      return b;
    }
    if (o instanceof Double || o instanceof Float) {
      return BigDecimal.valueOf(((Number) o).doubleValue());
    }
    if (o instanceof Number n) {
      return BigDecimal.valueOf(n.longValue());
    }
    return new BigDecimal(o.toString().strip());
  }
}
