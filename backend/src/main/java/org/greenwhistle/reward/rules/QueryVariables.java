package org.greenwhistle.reward.rules;

import java.util.List;
import java.util.Set;
import org.operaton.bpm.engine.variable.Variables;
import org.operaton.bpm.engine.variable.context.VariableContext;
import org.operaton.bpm.engine.variable.value.TypedValue;
import org.greenwhistle.reward.domain.RewardQuery;

/** The variables a reward decision table may read, resolved lazily from the query (no map is built per call). */
final class QueryVariables implements VariableContext {
  static final List<String> NAMES = List.of("violationType", "outcomeWarning", "outcomeOrderToCorrect",
      "outcomeFine", "outcomeDailyFine", "outcomeSealing", "outcomeProductionLimit", "outcomeClosure",
      "outcomeAdminDetention", "outcomeCriminalReferral", "outcomeArrest", "outcomeConviction", "outcomeNoPenalty",
      "fineAmount", "statutoryMaxFine", "contributionGrade", "insider", "incidentGrade", "anonymous", "cityFloat");
  private static final Set<String> NAME_SET = Set.copyOf(NAMES);

  private final RewardQuery q;
  private final Set<String> outcomes;

  QueryVariables(RewardQuery q) {
    this.q = q;
    this.outcomes = q.outcomesOrEmpty();
  }

  @Override
  public TypedValue resolve(String name) {
    return switch (name) {
      case "violationType" -> Variables.stringValue(q.violationType());
      case "outcomeWarning" -> outcome("WARNING");
      case "outcomeOrderToCorrect" -> outcome("ORDER_TO_CORRECT");
      case "outcomeFine" -> outcome("FINE");
      case "outcomeDailyFine" -> outcome("DAILY_FINE");
      case "outcomeSealing" -> outcome("SEALING");
      case "outcomeProductionLimit" -> outcome("PRODUCTION_LIMIT");
      case "outcomeClosure" -> outcome("CLOSURE");
      case "outcomeAdminDetention" -> outcome("ADMIN_DETENTION");
      case "outcomeCriminalReferral" -> outcome("CRIMINAL_REFERRAL");
      case "outcomeArrest" -> outcome("ARREST");
      case "outcomeConviction" -> outcome("CONVICTION");
      case "outcomeNoPenalty" -> outcome("NO_PENALTY");
      case "fineAmount" -> Variables.doubleValue(q.fineOrZero().doubleValue());
      case "statutoryMaxFine" -> Variables.doubleValue(q.statutoryMaxFineOrZero().doubleValue());
      case "contributionGrade" -> Variables.integerValue(q.contributionGrade());
      case "insider" -> Variables.booleanValue(q.insider());
      case "incidentGrade" -> Variables.stringValue(q.incidentGradeOrNone());
      case "anonymous" -> Variables.booleanValue(q.anonymous());
      case "cityFloat" -> Variables.booleanValue(cityFloat(q));
      default -> null;
    };
  }

  /** A case handled in a city (prefecture) or county, whose bureau may float the amounts where the rules allow. */
  static boolean cityFloat(RewardQuery q) {
    return q.city() != null && !q.city().isBlank() && !q.city().strip().equals(q.province());
  }

  private TypedValue outcome(String outcome) {
    return Variables.booleanValue(outcomes.contains(outcome));
  }

  @Override
  public boolean containsVariable(String name) {
    return NAME_SET.contains(name);
  }

  @Override
  public Set<String> keySet() {
    return NAME_SET;
  }
}
