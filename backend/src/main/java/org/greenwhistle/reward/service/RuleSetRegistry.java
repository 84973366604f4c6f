package org.greenwhistle.reward.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.greenwhistle.reward.domain.RuleSet;
import org.greenwhistle.reward.domain.RuleSetEntry;
import org.greenwhistle.reward.persistence.RuleSetMapper;
import org.greenwhistle.reward.rules.CompiledRuleSet;
import org.greenwhistle.reward.rules.RewardRules;
import org.greenwhistle.reward.rules.RuleSetSource;
import org.greenwhistle.reward.rules.ShippedRuleSets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The rule sets in force, from the registry table: the shipped ones are registered at start-up (every node may
 * try; the unique key lets one win), uploaded ones once a second ADMIN approved them. The compiled set is
 * cached and reloaded when the registry's fingerprint changes, checked at most every few seconds, so that an
 * approval on one node reaches the others without a restart.
 */
@Component
@Order(0)
public class RuleSetRegistry implements RuleSetSource, ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(RuleSetRegistry.class);

  private record Snapshot(String fingerprint, Instant checkedAt, List<CompiledRuleSet> active) {
  }

  private final RuleSetMapper mapper;
  private final RewardRules rules;
  private final RepositoryService repository;
  private final RewardProperties properties;
  private final Clock clock;
  private volatile Snapshot snapshot;

  RuleSetRegistry(RuleSetMapper mapper, RewardRules rules, RepositoryService repository, RewardProperties properties,
                  Clock clock) {
    this.mapper = mapper;
    this.rules = rules;
    this.repository = repository;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    registerShipped();
  }

  /** Inserts the shipped rule sets that the registry does not have yet, and records their deployed versions. */
  public void registerShipped() {
    for (RuleSet shipped : ShippedRuleSets.load()) {
      if (mapper.findByKey(shipped.key(), shipped.version()) == null) {
        Instant now = clock.instant();
        try {
          mapper.insert(new RuleSetEntry(null, shipped.key(), shipped.jurisdiction(), shipped.name(), shipped.version(),
              shipped.validFrom(), shipped.validTo(), shipped.decisionKey(), shipped.dmnXml(), shipped.examplesJson(),
              RuleSetEntry.ACTIVE, "system", now, "system", now, null, null));
        } catch (DuplicateKeyException e) {
          log.debug("rule set {} v{} registered by another node", shipped.key(), shipped.version());
        }
      }
      RuleSetEntry entry = mapper.findByKey(shipped.key(), shipped.version());
      if (entry.deployedVersion() == null) {
        // the version deployed from the shipped file itself (an uploaded version may share the decision key)
        DecisionDefinition deployed = repository.createDecisionDefinitionQuery()
            .decisionDefinitionKey(shipped.decisionKey()).list().stream()
            .filter(d -> d.getResourceName() != null && d.getResourceName().endsWith(shipped.key() + ".dmn"))
            .max(java.util.Comparator.comparingInt(DecisionDefinition::getVersion)).orElse(null);
        if (deployed != null) {
          mapper.deployed(entry.id(), deployed.getDeploymentId(), deployed.getVersion());
        }
      }
    }
    snapshot = null;
  }

  @Override
  public Collection<CompiledRuleSet> active() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.checkedAt().plus(properties.ruleCacheRefresh()))) {
      return current.active();
    }
    String fingerprint = mapper.activeFingerprint();
    if (current != null && current.fingerprint().equals(fingerprint)) {
      snapshot = new Snapshot(fingerprint, now, current.active());
      return current.active();
    }
    List<CompiledRuleSet> compiled = new ArrayList<>();
    for (RuleSetEntry entry : mapper.findActive()) {
      compiled.add(rules.compile(entry.toRuleSet()));
    }
    if (compiled.isEmpty() && current == null) {
      // not registered yet (first call before start-up finished): once, never recursively
      registerShipped();
      for (RuleSetEntry entry : mapper.findActive()) {
        compiled.add(rules.compile(entry.toRuleSet()));
      }
    }
    snapshot = new Snapshot(fingerprint, now, List.copyOf(compiled));
    return snapshot.active();
  }

  /** Forgets the cache (after an approval on this node). */
  public void refresh() {
    snapshot = null;
  }
}
