package org.greenwhistle.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenwhistle.casework.service.HistoricalDecisions;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.service.HistoricalReports;
import org.greenwhistle.reward.service.HistoricalRewards;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/** The demo history is the same on every start, and consistent: finished cases with timelines in the past. */
class DemoHistoryTest {
  private final DemoHistory demo;

  DemoHistoryTest() {
    RegionService regions = mock(RegionService.class);
    when(regions.find(anyString())).thenAnswer(call -> {
      String code = call.getArgument(0);
      String province = code.substring(0, 2) + "0000";
      return Optional.of(new Region(code, "某区", province, 3, "/000000/" + province + "/" + code + "/"));
    });
    demo = new DemoHistory(mock(HistoricalReports.class), mock(HistoricalDecisions.class),
        mock(HistoricalRewards.class), regions, new ObjectMapper(), mock(PlatformTransactionManager.class),
        Clock.systemUTC());
  }

  @Test
  void theSameReportsStatusesAndOutcomesWhateverTheDay() {
    List<String> outcomes = outcomes(Instant.parse("2026-11-29T16:00:00Z"));
    assertThat(outcomes).hasSize(DemoHistory.REPORTS);
    for (String day : List.of("2026-12-01T01:00:00Z", "2027-02-28T12:00:00Z", "2027-03-01T00:30:00Z")) {
      assertThat(outcomes(Instant.parse(day))).isEqualTo(outcomes);
    }
  }

  @Test
  void finishedCasesWithTimelinesInThePastAndFreshCodes() {
    Instant now = Instant.parse("2026-11-29T16:00:00Z");
    DemoHistory.History history = demo.generate(now);
    assertThat(history.reports).extracting(c -> c.report.trackingCode())
        .allMatch(code -> code.matches("HS[0-9A-HJKMNP-TV-Z]{10}")).doesNotHaveDuplicates();
    assertThat(history.reports).extracting(c -> c.report.status())
        .containsOnly("CLOSED", "REJECTED", "WITHDRAWN");
    assertThat(history.reports).extracting(c -> c.report.regionCode().substring(0, 2)).contains(
        "51", "50", "33", "36", "11", "44");
    long late = 0;
    for (DemoHistory.Case c : history.reports) {
      assertThat(c.events).allMatch(e -> e.at().isBefore(now) && !e.at().isBefore(c.report.submittedAt()));
      assertThat(c.events.get(0).type()).isEqualTo("SUBMITTED");
      List<String> types = c.events.stream().map(DemoHistory.Step::type).toList();
      if (c.report.status().equals("CLOSED")) {
        assertThat(types).contains("ACCEPTED", "VERIFIED", "CLOSED");
        Instant accepted = at(c, "ACCEPTED");
        Instant closed = at(c, "CLOSED");
        assertThat(closed).isAfter(accepted);
        if (Duration.between(accepted, closed).toDays() >= (types.contains("EXTENDED") ? 90 : 60)) {
          late++;
        }
      } else {
        assertThat(types).doesNotContain("ACCEPTED", "CLOSED");
      }
      if (c.reward != null) {
        assertThat(c.decisions).anyMatch(d -> d.taskKey().equals("verification") && d.outcome().equals("CONFIRMED"));
        assertThat(c.reward.paidAt()).isBefore(now);
        assertThat(c.report.wantsReward()).isTrue();
      }
    }
    // some closed late, most on time
    assertThat(late).isBetween(50L, 250L);
    assertThat(history.rewards).hasSizeBetween(120, 220);
  }

  private List<String> outcomes(Instant now) {
    return demo.generate(now).reports.stream()
        .map(c -> c.report.trackingCode() + " " + c.report.status() + " " + c.report.categories() + " "
            + c.report.regionCode() + " " + c.decisions.stream().filter(d -> d.taskKey().equals("verification"))
            .map(DemoHistory.Decision::outcome).toList())
        .toList();
  }

  private static Instant at(DemoHistory.Case c, String type) {
    return c.events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow().at();
  }
}
