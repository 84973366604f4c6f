package org.greenwhistle.statistics.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression of published counts, so that no single case can be singled out:
 * <ul>
 *   <li>primary: a count from 1 to {@code minCell} − 1 is hidden ({@link Cell.Reason#SMALL}); zero is shown, it
 *       names no case;</li>
 *   <li>complementary: the cells of a series add up to a published total, so when exactly one cell of a series is
 *       hidden, the smallest other non-zero cell is hidden too ({@link Cell.Reason#COMPLEMENT}), and the first cannot
 *       be recovered by subtraction.</li>
 * </ul>
 * Callers mark further cells as sensitive, hidden whatever their size: a sub-count whose parent is hidden (it would
 * bound the parent), a count whose remainder is small.
 */
public final class Suppression {
  private final int minCell;

  public Suppression(int minCell) {
    if (minCell < 1) {
      throw new IllegalArgumentException("min-cell must be at least 1");
    }
    this.minCell = minCell;
  }

  public int minCell() {
    return minCell;
  }

  /** True for a count that must not be published on its own (1 to min-cell − 1). */
  public boolean small(long count) {
    return count > 0 && count < minCell;
  }

  /** A single cell (a total): the primary rule, and {@code sensitive} for a non-zero count. */
  public Cell cell(long count, boolean sensitive) {
    return small(count) ? Cell.small() : sensitive && count > 0 ? Cell.complement() : Cell.of(count);
  }

  public Cell cell(long count) {
    return cell(count, false);
  }

  /** A series adding up to a published total: primary and complementary suppression. */
  public List<Cell> series(long[] counts) {
    return series(counts, new boolean[counts.length]);
  }

  /** As {@link #series(long[])}, with {@code sensitive[i]} hiding a non-zero cell whatever its size. */
  public List<Cell> series(long[] counts, boolean[] sensitive) {
    List<Cell> cells = new ArrayList<>(counts.length);
    int hidden = 0;
    for (int i = 0; i < counts.length; i++) {
      Cell cell = cell(counts[i], sensitive[i]);
      cells.add(cell);
      if (cell.suppressed()) {
        hidden++;
      }
    }
    if (hidden == 1) {
      int smallest = -1;
      for (int i = 0; i < counts.length; i++) {
        if (!cells.get(i).suppressed() && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
          smallest = i;
        }
      }
      if (smallest >= 0) {
        cells.set(smallest, Cell.complement());
      }
    }
    return cells;
  }

  /** Per cell: whether it is hidden (to mark the sub-counts of hidden cells as sensitive). */
  public static boolean[] hidden(List<Cell> cells) {
    boolean[] hidden = new boolean[cells.size()];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = cells.get(i).suppressed();
    }
    return hidden;
  }
}
