package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reward workflow settings: the amount above which a second LEADER approves, and the claim window with its
 * reminder (days of the calendar; the Beijing draft's 90 days is the default).
 */
@ConfigurationProperties("greenwhistle.reward")
public record RewardProperties(BigDecimal secondApprovalAbove, Duration claimWindow, Duration claimWarningBefore,
                               Duration ruleCacheRefresh) {
  public RewardProperties {
    secondApprovalAbove = secondApprovalAbove == null ? new BigDecimal("10000") : secondApprovalAbove;
    claimWindow = claimWindow == null ? Duration.ofDays(90) : claimWindow;
    claimWarningBefore = claimWarningBefore == null ? Duration.ofDays(14) : claimWarningBefore;
    ruleCacheRefresh = ruleCacheRefresh == null ? Duration.ofSeconds(10) : ruleCacheRefresh;
  }
}
