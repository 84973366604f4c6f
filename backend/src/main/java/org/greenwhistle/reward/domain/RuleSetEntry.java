package org.greenwhistle.reward.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the rule-set registry: which DMN applies where and when, who uploaded and who approved it. */
public record RuleSetEntry(Long id, String ruleKey, String jurisdiction, String name, int version, LocalDate validFrom,
                           LocalDate validTo, String decisionKey, String dmnXml, String examplesJson, String status,
                           String uploadedBy, Instant uploadedAt, String decidedBy, Instant decidedAt,
                           String deploymentId, Integer deployedVersion) {
  public static final String PENDING = "PENDING";
  public static final String ACTIVE = "ACTIVE";
  public static final String REJECTED = "REJECTED";

  public RuleSet toRuleSet() {
    return new RuleSet(ruleKey, jurisdiction, name, version, validFrom, validTo, decisionKey, dmnXml, examplesJson);
  }

  @Override
  public String toString() {
    return "RuleSetEntry[" + ruleKey + " v" + version + " " + status + "]";
  }
}
