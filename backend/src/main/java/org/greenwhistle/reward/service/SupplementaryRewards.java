package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.casework.domain.CriminalOutcomeRecorded;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.domain.RewardStatus;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An arrest or conviction recorded after a reward was priced starts a supplementary reward (追加奖励) when the
 * rules in force pay more for it; a reward still under review simply includes the new outcome when it is priced.
 * Runs after the outcome is committed, so a pricing problem never blocks recording the outcome; the pricing of
 * the supplementary reward subtracts every other priced reward of the case (see {@link RewardWorkflow}).
 */
@Component
class SupplementaryRewards {
  private static final Logger log = LoggerFactory.getLogger(SupplementaryRewards.class);

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

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void criminalOutcomeRecorded(CriminalOutcomeRecorded event) {
    rewards.lockReport(event.reportId());
    List<Reward> all = rewards.findByReport(event.reportId());
    if (all.stream().anyMatch(r -> r.status() == RewardStatus.IN_REVIEW)) {
      return;
    }
    Reward last = all.stream().filter(r -> r.amount() != null && r.contributionGrade() != null
            && (r.status().isGranted() || r.status() == RewardStatus.SECOND_APPROVAL
            || r.status() == RewardStatus.FINANCE_APPROVAL))
        .max(Comparator.comparing(Reward::id)).orElse(null);
    if (last == null) {
      return;
    }
    try {
      ReportRecord report = reports.byId(event.reportId());
      RewardQuote now = pricing.price(facts.read(event.reportId()), report.getRegionPath(), report.isAnonymous(),
          last.contributionGrade(), Boolean.TRUE.equals(last.insider()));
      BigDecimal priced = rewards.pricedOthers(event.reportId(), -1);
      if (now.amount().compareTo(priced) > 0) {
        runtime.startProcessInstanceByKey("reward", event.trackingCode(), Map.of("reportId", event.reportId(),
            "regionCode", event.regionCode(), "supplementary", true));
      }
    } catch (RuntimeException e) {
      // the outcome stays recorded whatever happens here (logged by type only: messages may quote case data)
      log.warn("No supplementary reward started for report {}: {}", event.reportId(), e.getClass().getName());
    }
  }
}
