package org.greenwhistle.reward.service;

import java.math.BigDecimal;
import org.greenwhistle.common.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.rules.CompiledRuleSet;
import org.greenwhistle.reward.rules.RewardRules;
import org.greenwhistle.reward.rules.RuleSetSelector;
import org.greenwhistle.reward.rules.RuleSetSource;
import org.springframework.stereotype.Service;

/**
 * Quotes the reward for a confirmed case: validates the facts, picks the rules in force for the region on the
 * penalty decision date (city, else province, else national default) and evaluates them. Stateless; every figure
 * lives in the rule sets.
 */
@Service
public class RewardCalculator {
  private static final Pattern CODE = Pattern.compile("\\d{6}");
  private static final Set<String> PENALTIES = Set.of("WARNING", "FINE", "DAILY_FINE", "SEALING", "PRODUCTION_LIMIT",
      "CLOSURE", "ADMIN_DETENTION");

  private final RewardRules rules;
  private final RuleSetSource source;

  public RewardCalculator(RewardRules rules, RuleSetSource source) {
    this.rules = rules;
    this.source = source;
  }

  /**
   * @throws InvalidInputException with every problem of the query, or when no rule set is in force there then
   */
  public RewardQuote quote(RewardQuery q) {
    List<FieldProblem> problems = problems(q);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems, false);
    }
    CompiledRuleSet ruleSet = RuleSetSelector.select(source.active(), q.province(), q.city(), q.decisionDate())
        .orElseThrow(() -> new InvalidInputException(
            new FieldProblem("decisionDate", "reward.error.noRuleSet", q.province(), q.decisionDate().toString())));
    return rules.evaluate(ruleSet, q);
  }

  /** Every problem of the query at once (empty: valid). */
  public List<FieldProblem> problems(RewardQuery q) {
    List<FieldProblem> p = new ArrayList<>();
    if (q == null) {
      p.add(new FieldProblem("query", "report.error.required"));
      return p;
    }
    if (q.province() == null || !CODE.matcher(q.province()).matches() || !q.province().endsWith("0000")) {
      p.add(new FieldProblem("province", "reward.error.province"));
    } else if (q.city() != null && !q.city().isBlank()
        && (!CODE.matcher(q.city()).matches() || !q.city().startsWith(q.province().substring(0, 2)))) {
      p.add(new FieldProblem("city", "reward.error.city"));
    }
    if (q.decisionDate() == null) {
      p.add(new FieldProblem("decisionDate", "reward.error.decisionDate"));
    }
    if (q.violationType() == null || !RewardQuery.VIOLATION_TYPES.contains(q.violationType())) {
      p.add(new FieldProblem("violationType", "case.error.violationType"));
    }
    Set<String> outcomes = q.outcomesOrEmpty();
    if (outcomes.isEmpty()) {
      p.add(new FieldProblem("outcomes", "case.error.outcomesRequired"));
    } else if (!RewardQuery.OUTCOMES.containsAll(outcomes)) {
      p.add(new FieldProblem("outcomes", "case.error.outcomeUnknown"));
    } else if (outcomes.contains("NO_PENALTY") && outcomes.stream().anyMatch(PENALTIES::contains)) {
      p.add(new FieldProblem("outcomes", "reward.error.noPenaltyWithPenalty"));
    }
    BigDecimal fine = q.fineOrZero();
    BigDecimal max = q.statutoryMaxFineOrZero();
    // checked before any arithmetic: 1e999999999 would make scaling and formatting hang
    if (!Money.plausible(fine)) {
      p.add(new FieldProblem("fineAmount", "case.error.amountInvalid"));
      fine = BigDecimal.ZERO;
    }
    if (!Money.plausible(max)) {
      p.add(new FieldProblem("statutoryMaxFine", "case.error.amountInvalid"));
      max = BigDecimal.ZERO;
    }
    if (fine.signum() < 0) {
      p.add(new FieldProblem("fineAmount", "case.error.amountNegative"));
    } else if (fine.signum() == 0 && (outcomes.contains("FINE") || outcomes.contains("DAILY_FINE"))) {
      p.add(new FieldProblem("fineAmount", "case.error.fineRequired"));
    }
    if (max.signum() < 0) {
      p.add(new FieldProblem("statutoryMaxFine", "case.error.amountNegative"));
    } else if (max.signum() > 0 && fine.compareTo(max) > 0 && !outcomes.contains("DAILY_FINE")) {
      // daily continuous fines multiply the statutory amount, so only a plain fine is bounded by it
      p.add(new FieldProblem("fineAmount", "case.error.fineAboveMaximum"));
    }
    if (q.contributionGrade() < 1 || q.contributionGrade() > 3) {
      p.add(new FieldProblem("contributionGrade", "reward.error.grade"));
    }
    if (!RewardQuery.INCIDENT_GRADES.contains(q.incidentGradeOrNone())) {
      p.add(new FieldProblem("incidentGrade", "case.error.incidentGrade"));
    }
    return p;
  }
}
