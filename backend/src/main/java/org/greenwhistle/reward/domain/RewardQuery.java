package org.greenwhistle.reward.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The facts of one confirmed case that a reward depends on.
 *
 * <p>{@code province} and {@code city} are GB/T 2260 codes ({@code city} may be null, or a county code: the
 * rules of its prefecture apply); {@code decisionDate} is the date of the penalty decision (or referral) and
 * picks the rules in force; {@code outcomes} are values of {@link #OUTCOMES}; amounts are yuan ({@code null}
 * counts as 0); {@code contributionGrade} is 1 (decisive) to 3 (helpful); {@code incidentGrade} is the grade
 * of the environmental emergency the tip helped avoid ({@link #INCIDENT_GRADES}, {@code null} = NONE).
 */
public record RewardQuery(String province, String city, LocalDate decisionDate, String violationType,
                          Set<String> outcomes, BigDecimal fineAmount, BigDecimal statutoryMaxFine,
                          int contributionGrade, boolean insider, String incidentGrade, boolean anonymous) {

  public static final List<String> OUTCOMES = List.of("WARNING", "ORDER_TO_CORRECT", "FINE", "DAILY_FINE",
      "SEALING", "PRODUCTION_LIMIT", "CLOSURE", "ADMIN_DETENTION", "CRIMINAL_REFERRAL", "ARREST", "CONVICTION",
      "NO_PENALTY");

  public static final List<String> VIOLATION_TYPES = List.of("ILLEGAL_DISCHARGE", "HIDDEN_PIPE",
      "DATA_FALSIFICATION", "HAZARDOUS_WASTE", "NO_PERMIT", "FACILITY_NOT_RUNNING", "ECOLOGICAL_DAMAGE",
      "RADIATION_SOURCE", "NOISE", "OTHER");

  public static final List<String> INCIDENT_GRADES = List.of("NONE", "GENERAL", "LARGER", "MAJOR",
      "ESPECIALLY_MAJOR");

  public BigDecimal fineOrZero() {
    return fineAmount == null ? BigDecimal.ZERO : fineAmount;
  }

  public BigDecimal statutoryMaxFineOrZero() {
    return statutoryMaxFine == null ? BigDecimal.ZERO : statutoryMaxFine;
  }

  public Set<String> outcomesOrEmpty() {
    return outcomes == null ? Set.of() : outcomes;
  }

  public String incidentGradeOrNone() {
    return incidentGrade == null || incidentGrade.isBlank() ? "NONE" : incidentGrade;
  }
}
