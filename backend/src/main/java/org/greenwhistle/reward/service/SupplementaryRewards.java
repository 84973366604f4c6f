package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.greenwhistle.casework.domain.CriminalOutcomeRecorded;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An arrest or conviction recorded after a reward was granted starts a supplementary reward (追加奖励) when the
 * rules in force pay more for it; a reward still under review simply includes the new outcome.
 */
@Component
class SupplementaryRewards {
  private final RewardMapper rewards;
  private final ReportLookup reports;
  private final CaseFactsReader facts;
  private final RewardPricing pricing;
  private final RuntimeService runtime;

  SupplementaryRewards(RewardMapper rewards, ReportLookup reports, CaseFactsReader facts, RewardPricing pricing,
                       RuntimeService runtime) {
    this.rewards = rewards;
    this.reports = reports;
    this.facts = facts;
    this.pricing = pricing;
    this.runtime = runtime;
  }

  @EventListener
  void criminalOutcomeRecorded(CriminalOutcomeRecorded event) {
    List<Reward> all = rewards.findByReport(event.reportId());
    if (all.stream().anyMatch(r -> r.status().isOpen() && !r.status().isGranted())) {
      return;
    }
    Reward last = all.stream().filter(r -> r.status().isGranted()).max(Comparator.comparing(Reward::id)).orElse(null);
    if (last == null || last.contributionGrade() == null) {
      return;
    }
    ReportRecord report = reports.byId(event.reportId());
    RewardQuote now = pricing.price(facts.read(event.reportId()), report.getRegionPath(), report.isAnonymous(),
        last.contributionGrade(), Boolean.TRUE.equals(last.insider()));
    BigDecimal granted = rewards.grantedBefore(event.reportId(), -1);
    if (now.amount().compareTo(granted) > 0) {
      runtime.startProcessInstanceByKey("reward", event.trackingCode(), Map.of("reportId", event.reportId(),
          "regionCode", event.regionCode(), "supplementary", true));
    }
  }
}
