package org.greenwhistle.reward.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionTableResult;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineException;
import org.operaton.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.operaton.bpm.model.dmn.Dmn;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.xml.ModelException;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.domain.RuleSet;

/**
 * Compiles and evaluates reward rule sets. Owns one standalone Camunda DMN engine in FEEL legacy mode (input
 * entries are simple unary tests compiled to JUEL, output entries JUEL literals: about 100 times faster than the
 * Scala FEEL engine for our tables, see docs/reward-rules.md). Thread-safe, no Spring; build one per application.
 */
public final class RewardRules {
  private final DmnEngine engine;

  public RewardRules() {
    this.engine = new DefaultDmnEngineConfiguration()
        .enableFeelLegacyBehavior(true)
        .buildEngine();
  }

  /**
   * Checks the registry entry and the DMN's shape and parses the decision once.
   *
   * @throws RuleSetException naming the rule set and every problem found
   */
  public CompiledRuleSet compile(RuleSet ruleSet) {
    RuleSetChecks.checkEntry(ruleSet);
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(ruleSet.dmnXml().getBytes(StandardCharsets.UTF_8)));
    } catch (ModelException e) {
      throw new RuleSetException(RuleSetChecks.name(ruleSet) + ": the DMN XML does not parse: " + rootMessage(e), e);
    }
    RuleSetChecks.check(ruleSet, model);
    try {
      DmnDecision decision = engine.parseDecision(ruleSet.decisionKey(), model);
      return new CompiledRuleSet(ruleSet, decision);
    } catch (DmnEngineException e) {
      throw new RuleSetException(RuleSetChecks.name(ruleSet) + ": the DMN engine rejects the decision: "
          + rootMessage(e), e);
    }
  }

  /**
   * Evaluates the rule set's decision for the query and combines the parts (the query is assumed valid: see
   * {@code RewardCalculator}). Several matching rules with the same {@code part} code count once: the first in
   * table order.
   */
  public RewardQuote evaluate(CompiledRuleSet ruleSet, RewardQuery query) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(ruleSet.decision(), new QueryVariables(query));
    Map<String, Part> parts = new LinkedHashMap<>();
    for (Map<String, Object> row : result.getResultList()) {
      Part part = Part.of(row);
      parts.putIfAbsent(part.code(), part);
    }
    return RewardComputation.compute(new ArrayList<>(parts.values()), query, ruleSet.ruleSet().label());
  }

  /** Runs the rule set's own worked examples; returns one readable line per failure (empty: all pass). */
  public List<String> verifyExamples(CompiledRuleSet ruleSet) {
    RuleSet rs = ruleSet.ruleSet();
    String name = RuleSetChecks.name(rs);
    List<RuleSetExample> examples;
    try {
      examples = RuleSetExample.parseAll(rs.examplesJson());
    } catch (RuleSetException e) {
      return List.of(name + ": " + e.getMessage());
    }
    List<String> failures = new ArrayList<>();
    for (RuleSetExample ex : examples) {
      String at = name + ", example " + ex.id();
      RewardQuery q = ex.query();
      if (!rs.validOn(q.decisionDate())) {
        failures.add(at + ": decision date " + q.decisionDate() + " is outside the rule set's validity "
            + rs.validFrom() + ".." + (rs.validTo() == null ? "" : rs.validTo()));
      }
      if (!RuleSet.NATIONAL.equals(rs.jurisdiction())
          && !RuleSetSelector.jurisdictions(q.province(), q.city()).contains(rs.jurisdiction())) {
        failures.add(at + ": province " + q.province() + " / city " + q.city() + " is not in jurisdiction "
            + rs.jurisdiction());
      }
      try {
        RewardQuote quote = evaluate(ruleSet, q);
        if (quote.amount().compareTo(ex.amount()) != 0 || quote.min().compareTo(ex.min()) != 0
            || quote.max().compareTo(ex.max()) != 0) {
          failures.add(at + " (" + ex.source() + "): expected " + ex.amount().toPlainString() + " ["
              + ex.min().toPlainString() + ", " + ex.max().toPlainString() + "], got " + quote.amount() + " ["
              + quote.min() + ", " + quote.max() + "]");
        }
      } catch (RuntimeException e) {
        failures.add(at + ": evaluation failed: " + rootMessage(e));
      }
    }
    return failures;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
  }
}
