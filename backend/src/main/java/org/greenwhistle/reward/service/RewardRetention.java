package org.greenwhistle.reward.service;

import org.greenwhistle.report.domain.PersonalDataErased;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Payee names and bank data go with the case's other personal data; amounts stay for the ledger. */
@Component
class RewardRetention {
  private final RewardMapper rewards;

  RewardRetention(RewardMapper rewards) {
    this.rewards = rewards;
  }

  @EventListener
  void personalDataErased(PersonalDataErased event) {
    rewards.erasePayee(event.reportId());
  }
}
