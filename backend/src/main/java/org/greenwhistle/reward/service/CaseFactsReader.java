package org.greenwhistle.reward.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenwhistle.reward.domain.CaseFacts;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.springframework.stereotype.Component;

/** Reads the latest penalty decision of a case and the criminal outcomes recorded after it. */
@Component
class CaseFactsReader {
  private final RewardMapper rewards;
  private final ObjectMapper json;

  CaseFactsReader(RewardMapper rewards, ObjectMapper json) {
    this.rewards = rewards;
    this.json = json;
  }

  CaseFacts read(long reportId) {
    JsonNode decision = null;
    Set<String> later = new LinkedHashSet<>();
    for (RewardMapper.DecisionRow row : rewards.decisions(reportId)) {
      if ("enforcementDecision".equals(row.taskKey()) && row.details() != null) {
        decision = parse(row.details());
      } else if ("criminalOutcome".equals(row.taskKey())) {
        later.add(row.outcome());
      }
    }
    if (decision == null) {
      return new CaseFacts(null, null, List.of(), "NONE", later);
    }
    List<CaseFacts.Item> items = new ArrayList<>();
    for (JsonNode item : decision.path("items")) {
      Set<String> outcomes = new LinkedHashSet<>();
      item.path("outcomes").forEach(o -> outcomes.add(o.asText()));
      items.add(new CaseFacts.Item(item.path("violationType").asText("OTHER"), outcomes, money(item, "fineAmount"),
          money(item, "statutoryMaxFine")));
    }
    String date = decision.path("decisionDate").asText(null);
    return new CaseFacts(decision.path("penaltyDecisionNumber").asText(null),
        date == null ? null : LocalDate.parse(date), items, decision.path("incidentGrade").asText("NONE"), later);
  }

  private static BigDecimal money(JsonNode item, String field) {
    JsonNode n = item.get(field);
    return n == null || n.isNull() ? BigDecimal.ZERO : n.decimalValue();
  }

  private JsonNode parse(String details) {
    try {
      return json.readTree(details);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
