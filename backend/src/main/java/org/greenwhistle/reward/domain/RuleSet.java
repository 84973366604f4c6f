package org.greenwhistle.reward.domain;

import java.time.LocalDate;

/**
 * One version of one jurisdiction's reward rules: a registry entry of the shipped rules or an uploaded rule
 * set. {@code jurisdiction} is a GB/T 2260 code ({@value #NATIONAL} = the national default); the rules apply
 * to penalty decisions dated within [{@code validFrom}, {@code validTo}] ({@code validTo} null = open-ended);
 * {@code decisionKey} is the id of the decision in {@code dmnXml}; {@code examplesJson} holds the worked
 * examples the rules must reproduce.
 */
public record RuleSet(String key, String jurisdiction, String name, int version, LocalDate validFrom,
                      LocalDate validTo, String decisionKey, String dmnXml, String examplesJson) {
  public static final String NATIONAL = "000000";

  public boolean validOn(LocalDate date) {
    return date != null && validFrom != null && !date.isBefore(validFrom)
        && (validTo == null || !date.isAfter(validTo));
  }

  /** "sichuan-2023 v1". */
  public String label() {
    return key + " v" + version;
  }

  @Override
  public String toString() {
    return "RuleSet[" + label() + ", " + jurisdiction + ", " + validFrom + ".." + validTo + "]";
  }
}
