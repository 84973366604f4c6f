package org.greenwhistle.statistics.domain;

/**
 * One published count: its value, or, when suppressed, why and nothing more. {@link Reason#SMALL}: the count is
 * between 1 and min-cell − 1 (shown as "&lt;5"). {@link Reason#COMPLEMENT}: any size, hidden so that a small count
 * cannot be worked out by subtraction (shown as "*").
 */
public record Cell(Long value, boolean suppressed, Reason reason) {
  public enum Reason { SMALL, COMPLEMENT }

  private static final Cell SMALL = new Cell(null, true, Reason.SMALL);
  private static final Cell COMPLEMENT = new Cell(null, true, Reason.COMPLEMENT);

  public static Cell of(long value) {
    return new Cell(value, false, null);
  }

  public static Cell small() {
    return SMALL;
  }

  public static Cell complement() {
    return COMPLEMENT;
  }

  /** "123"; "&lt;5" for a small count; "*" for a count hidden to protect a small one (tables and CSV). */
  public String display(int minCell) {
    if (!suppressed) {
      return Long.toString(value);
    }
    return reason == Reason.SMALL ? "<" + minCell : "*";
  }
}
