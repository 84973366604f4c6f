package org.greenwhistle.reward.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.Deployment;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.reward.domain.RuleSet;
import org.greenwhistle.reward.domain.RuleSetEntry;
import org.greenwhistle.reward.persistence.RuleSetMapper;
import org.greenwhistle.reward.rules.CompiledRuleSet;
import org.greenwhistle.reward.rules.RewardRules;
import org.greenwhistle.reward.rules.RuleSetException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ADMIN maintains the reward rules: a new DMN version is accepted only when it parses and all its worked examples
 * pass, and it applies only after a second ADMIN approves; both steps are audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class RuleSetAdminService {
  private static final String CHAIN = "reward-rules";

  /** An upload: the registry entry's data with the DMN and its examples as text. */
  public record Upload(String ruleKey, String jurisdiction, String name, Integer version, LocalDate validFrom,
                       LocalDate validTo, String decisionKey, String dmnXml, String examplesJson) {
  }

  private final RuleSetMapper mapper;
  private final RewardRules rules;
  private final RuleSetRegistry registry;
  private final RepositoryService repository;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final Clock clock;

  RuleSetAdminService(RuleSetMapper mapper, RewardRules rules, RuleSetRegistry registry, RepositoryService repository,
                      RegionService regions, CurrentUser currentUser, AuditTrail audit, Clock clock) {
    this.mapper = mapper;
    this.rules = rules;
    this.registry = registry;
    this.repository = repository;
    this.regions = regions;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<RuleSetEntry> page(int offset, int limit) {
    return mapper.page(Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
  }

  @Transactional(readOnly = true)
  public long count() {
    return mapper.count();
  }

  /** Checks and stores a new version as PENDING; returns its id. */
  public long upload(Upload u) {
    List<FieldProblem> problems = new ArrayList<>();
    String key = u.ruleKey() == null ? "" : u.ruleKey().strip();
    if (!key.matches("[a-z0-9][a-z0-9-]{1,38}")) {
      problems.add(new FieldProblem("ruleKey", "rules.error.key"));
    }
    String jurisdiction = u.jurisdiction() == null ? "" : u.jurisdiction().strip();
    if (!"000000".equals(jurisdiction) && regions.find(jurisdiction).isEmpty()) {
      problems.add(new FieldProblem("jurisdiction", "rules.error.jurisdiction"));
    }
    String name = u.name() == null ? "" : u.name().strip();
    if (name.length() < 2 || name.length() > 200) {
      problems.add(new FieldProblem("name", "case.error.textLength", 2, 200));
    }
    if (u.version() == null || u.version() < 1) {
      problems.add(new FieldProblem("version", "rules.error.version"));
    } else if (key.length() > 1 && mapper.findByKey(key, u.version()) != null) {
      problems.add(new FieldProblem("version", "rules.error.versionExists"));
    }
    if (u.validFrom() == null || u.validTo() != null && u.validTo().isBefore(u.validFrom())) {
      problems.add(new FieldProblem("validFrom", "rules.error.validity"));
    }
    String decisionKey = u.decisionKey() == null ? "" : u.decisionKey().strip();
    if (!decisionKey.matches("[A-Za-z][A-Za-z0-9_]{1,79}")) {
      problems.add(new FieldProblem("decisionKey", "rules.error.decisionKey"));
    }
    if (u.dmnXml() == null || u.dmnXml().isBlank() || u.dmnXml().length() > 2_000_000) {
      problems.add(new FieldProblem("dmn", "rules.error.dmnMissing"));
    }
    if (u.examplesJson() == null || u.examplesJson().isBlank() || u.examplesJson().length() > 2_000_000) {
      problems.add(new FieldProblem("examples", "rules.error.examplesMissing"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    RuleSet candidate = new RuleSet(key, jurisdiction, name, u.version(), u.validFrom(), u.validTo(), decisionKey,
        u.dmnXml(), u.examplesJson());
    CompiledRuleSet compiled;
    try {
      compiled = rules.compile(candidate);
    } catch (RuleSetException e) {
      throw new InvalidInputException(new FieldProblem("dmn", "rules.error.dmnInvalid", e.getMessage()));
    }
    List<String> failures = rules.verifyExamples(compiled);
    if (failures.isEmpty() && countExamples(u.examplesJson()) == 0) {
      failures = List.of("no examples");
    }
    if (!failures.isEmpty()) {
      throw new InvalidInputException(new FieldProblem("examples", "rules.error.examplesFail",
          String.join("; ", failures.subList(0, Math.min(5, failures.size())))));
    }
    Instant now = clock.instant();
    mapper.insert(new RuleSetEntry(null, key, jurisdiction, name, u.version(), u.validFrom(), u.validTo(), decisionKey,
        u.dmnXml(), u.examplesJson(), RuleSetEntry.PENDING, currentUser.username(), now, null, null, null, null));
    RuleSetEntry stored = mapper.findByKey(key, u.version());
    audit.record(CHAIN, currentUser.username(), "RULE_SET_UPLOADED", key + " v" + u.version(),
        "jurisdiction=" + jurisdiction + " validFrom=" + u.validFrom());
    return stored.id();
  }

  /** A second ADMIN puts a pending version in force: deployed to the engine and used for new calculations. */
  public void approve(long id) {
    RuleSetEntry entry = pending(id);
    String me = currentUser.username();
    if (me.equals(entry.uploadedBy())) {
      throw new InvalidInputException(new FieldProblem("approver", "rules.error.sameAdmin"));
    }
    rules.compile(entry.toRuleSet());
    if (mapper.decide(id, RuleSetEntry.ACTIVE, me, clock.instant()) != 1) {
      throw new InvalidInputException(new FieldProblem("status", "rules.error.notPending"));
    }
    Deployment deployment = repository.createDeployment().name("reward-rules " + entry.ruleKey() + " v" + entry.version())
        .addString(entry.ruleKey() + "-v" + entry.version() + ".dmn", entry.dmnXml()).deploy();
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().deploymentId(deployment.getId())
        .decisionDefinitionKey(entry.decisionKey()).singleResult();
    mapper.deployed(id, deployment.getId(), definition == null ? null : definition.getVersion());
    audit.record(CHAIN, me, "RULE_SET_APPROVED", entry.ruleKey() + " v" + entry.version(),
        "deployment=" + deployment.getId());
    registry.refresh();
  }

  public void reject(long id, String reason) {
    RuleSetEntry entry = pending(id);
    String text = reason == null ? "" : reason.strip();
    if (text.length() < 2 || text.length() > 500) {
      throw new InvalidInputException(new FieldProblem("reason", "case.error.textLength", 2, 500));
    }
    if (mapper.decide(id, RuleSetEntry.REJECTED, currentUser.username(), clock.instant()) != 1) {
      throw new InvalidInputException(new FieldProblem("status", "rules.error.notPending"));
    }
    audit.record(CHAIN, currentUser.username(), "RULE_SET_REJECTED", entry.ruleKey() + " v" + entry.version(),
        "reason=" + text);
  }

  private RuleSetEntry pending(long id) {
    RuleSetEntry entry = mapper.find(id);
    if (entry == null) {
      throw new NotFoundException("rules.error.notFound");
    }
    if (!RuleSetEntry.PENDING.equals(entry.status())) {
      throw new InvalidInputException(new FieldProblem("status", "rules.error.notPending"));
    }
    return entry;
  }

  private static int countExamples(String examplesJson) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(examplesJson).size();
    } catch (java.io.IOException e) {
      return 0;
    }
  }
}
