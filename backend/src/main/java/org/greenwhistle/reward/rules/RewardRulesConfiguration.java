package org.greenwhistle.reward.rules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one {@link RewardRules} (one DMN engine). The {@link RuleSetSource} bean comes from the
 * rule-set administration (database), not from here. */
@Configuration(proxyBeanMethods = false)
public class RewardRulesConfiguration {
  @Bean
  RewardRules rewardRules() {
    return new RewardRules();
  }
}
