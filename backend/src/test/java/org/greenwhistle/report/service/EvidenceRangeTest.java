package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The Range header as players send it (RFC 9110 §14.1.2), resolved against a file of 1000 bytes. */
class EvidenceRangeTest {

  @Test
  void theThreeFormsResolveToInclusiveBytesWithinTheFile() {
    assertThat(EvidenceRange.parse("bytes=0-").resolve(1000)).containsExactly(0, 999);
    assertThat(EvidenceRange.parse("bytes=100-199").resolve(1000)).containsExactly(100, 199);
    assertThat(EvidenceRange.parse("bytes=900-5000").resolve(1000)).containsExactly(900, 999);
    assertThat(EvidenceRange.parse("bytes=-100").resolve(1000)).containsExactly(900, 999);
    assertThat(EvidenceRange.parse("bytes=-5000").resolve(1000)).containsExactly(0, 999);
    assertThat(EvidenceRange.parse("Bytes = 5 - 9").resolve(1000)).containsExactly(5, 9);
  }

  @Test
  void noHeaderAnotherUnitOrSeveralRangesMeanTheWholeFile() {
    assertThat(EvidenceRange.parse(null)).isNull();
    assertThat(EvidenceRange.parse("items=0-5")).isNull();
    assertThat(EvidenceRange.parse("bytes=0-5,10-20")).isNull();
  }

  @Test
  void rangesOutsideTheFileOrMalformedAreNotSatisfiable() {
    for (String header : new String[] {"bytes=1000-", "bytes=1000-1005", "bytes=-0"}) {
      assertThatThrownBy(() -> EvidenceRange.parse(header).resolve(1000))
          .isInstanceOfSatisfying(EvidenceRange.NotSatisfiableException.class, e -> assertThat(e.length()).isEqualTo(1000));
    }
    for (String header : new String[] {"bytes=-", "bytes=5-2", "bytes=a-b", "bytes=1234567890123456789-"}) {
      assertThatThrownBy(() -> EvidenceRange.parse(header))
          .isInstanceOfSatisfying(EvidenceRange.NotSatisfiableException.class, e -> assertThat(e.length()).isEqualTo(-1));
    }
  }
}
