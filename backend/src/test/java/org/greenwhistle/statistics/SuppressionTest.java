package org.greenwhistle.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.greenwhistle.statistics.domain.Cell;
import org.greenwhistle.statistics.domain.Suppression;
import org.junit.jupiter.api.Test;

class SuppressionTest {
  private final Suppression five = new Suppression(5);

  @Test
  void countsFromOneToFourAreHiddenZeroAndFiveAreShown() {
    assertThat(five.cell(0)).isEqualTo(Cell.of(0));
    for (long n = 1; n <= 4; n++) {
      assertThat(five.cell(n)).isEqualTo(Cell.small());
    }
    assertThat(five.cell(5)).isEqualTo(Cell.of(5));
    assertThat(five.cell(5).display(5)).isEqualTo("5");
    assertThat(five.cell(3).display(5)).isEqualTo("<5");
    assertThat(five.cell(3).value()).isNull();
    assertThat(five.cell(3).reason()).isEqualTo(Cell.Reason.SMALL);
  }

  @Test
  void aSingleHiddenCellTakesTheSmallestOtherNonZeroCellWithIt() {
    // 3 could be recovered from the total (20 + 3 + 8 = 31) if it were the only hidden cell
    List<Cell> cells = five.series(new long[] {20, 3, 8, 0, 40});
    assertThat(cells).containsExactly(Cell.of(20), Cell.small(), Cell.complement(), Cell.of(0), Cell.of(40));
    assertThat(cells).extracting(c -> c.display(5)).containsExactly("20", "<5", "*", "0", "40");
  }

  @Test
  void twoHiddenCellsNeedNoComplement() {
    assertThat(five.series(new long[] {20, 3, 2, 8})).containsExactly(
        Cell.of(20), Cell.small(), Cell.small(), Cell.of(8));
  }

  @Test
  void nothingSmallNothingHidden() {
    assertThat(five.series(new long[] {0, 5, 12, 0})).containsExactly(Cell.of(0), Cell.of(5), Cell.of(12), Cell.of(0));
  }

  @Test
  void aHiddenCellAmongZerosStaysAloneItsTotalIsSmallAndHiddenToo() {
    assertThat(five.series(new long[] {0, 4, 0})).containsExactly(Cell.of(0), Cell.small(), Cell.of(0));
    assertThat(five.cell(4)).isEqualTo(Cell.small());
  }

  @Test
  void sensitiveCellsAreHiddenWhateverTheirSizeAndCountForTheComplement() {
    // e.g. 38 of 40 closed on time would reveal the 2 late ones; a zero stays a zero
    List<Cell> cells = five.series(new long[] {38, 12, 0, 30}, new boolean[] {true, false, true, false});
    assertThat(cells).containsExactly(Cell.complement(), Cell.complement(), Cell.of(0), Cell.of(30));
    assertThat(Suppression.hidden(cells)).containsExactly(true, true, false, false);
    assertThat(five.cell(38, true)).isEqualTo(Cell.complement());
    assertThat(five.cell(3, true)).isEqualTo(Cell.small());
  }

  @Test
  void theThresholdIsConfigurable() {
    Suppression ten = new Suppression(10);
    assertThat(ten.series(new long[] {9, 10, 50})).containsExactly(Cell.small(), Cell.complement(), Cell.of(50));
    assertThat(ten.cell(9).display(10)).isEqualTo("<10");
    assertThat(new Suppression(1).series(new long[] {1, 2})).containsExactly(Cell.of(1), Cell.of(2));
    assertThatThrownBy(() -> new Suppression(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
