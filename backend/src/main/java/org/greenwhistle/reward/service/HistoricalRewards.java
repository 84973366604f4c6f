package org.greenwhistle.reward.service;

import java.util.List;
import org.greenwhistle.reward.domain.HistoricalReward;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk import of paid rewards of finished historical cases (demo data, statistics tests); no API exposes it. */
@Service
public class HistoricalRewards {
  private final RewardMapper rewards;

  HistoricalRewards(RewardMapper rewards) {
    this.rewards = rewards;
  }

  /** Whether any reward exists (the demo works its reward cases once). */
  @Transactional(readOnly = true)
  public boolean any() {
    return rewards.count() > 0;
  }

  @Transactional
  public void importPaid(List<HistoricalReward> rows) {
    if (!rows.isEmpty()) {
      rewards.insertHistorical(rows);
    }
  }
}
