package org.greenwhistle.reward.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.greenwhistle.reward.domain.RewardQuery;

/**
 * One worked example of a rule set: the query, the expected amount and range, the published figure it checks
 * ({@code source}) and whether it checks a documented choice of ours rather than a published figure.
 *
 * <p>JSON: {@code [{"id":"…","input":{"province":"510000","city":"510300","decisionDate":"2024-03-01",
 * "violationType":"HAZARDOUS_WASTE","outcomes":["FINE"],"fineAmount":150000,"statutoryMaxFine":1000000,
 * "contributionGrade":1,"insider":false,"incidentGrade":"NONE","anonymous":false},
 * "expect":{"amount":2000,"min":1000,"max":3000},"source":"domain.md §3 …","ourChoice":false}]}.
 * In {@code input}, omitted fields mean: city none, outcomes none, amounts 0, grade 1, flags false, incident NONE.
 */
public record RuleSetExample(String id, RewardQuery query, BigDecimal amount, BigDecimal min, BigDecimal max,
                             String source, boolean ourChoice) {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String toString() {
    return id;
  }

  /** Parses a rule set's examples; throws {@link RuleSetException} naming the example and field at fault. */
  public static List<RuleSetExample> parseAll(String json) {
    if (json == null || json.isBlank()) {
      throw new RuleSetException("the rule set has no worked examples");
    }
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new RuleSetException("the examples are not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray() || root.isEmpty()) {
      throw new RuleSetException("the examples must be a non-empty JSON array");
    }
    List<RuleSetExample> examples = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode e : root) {
      index++;
      String id = e.path("id").asText("");
      String at = "example " + (id.isBlank() ? "#" + index : id);
      if (id.isBlank()) {
        throw new RuleSetException(at + ": \"id\" is missing");
      }
      if (!ids.add(id)) {
        throw new RuleSetException(at + ": the id appears twice");
      }
      JsonNode in = e.get("input");
      JsonNode expect = e.get("expect");
      if (in == null || !in.isObject()) {
        throw new RuleSetException(at + ": \"input\" must be an object");
      }
      if (expect == null || !expect.isObject()) {
        throw new RuleSetException(at + ": \"expect\" must be an object with amount, min and max");
      }
      String source = e.path("source").asText("");
      if (source.isBlank()) {
        throw new RuleSetException(at + ": \"source\" is missing (the published figure it checks)");
      }
      examples.add(new RuleSetExample(id, query(at, in), number(at, expect, "amount", true),
          number(at, expect, "min", true), number(at, expect, "max", true), source, e.path("ourChoice").asBoolean(false)));
    }
    return List.copyOf(examples);
  }

  private static RewardQuery query(String at, JsonNode in) {
    LocalDate date;
    try {
      date = LocalDate.parse(text(at, in, "decisionDate", true));
    } catch (DateTimeParseException ex) {
      throw new RuleSetException(at + ": decisionDate is not a date (yyyy-MM-dd): " + in.path("decisionDate").asText());
    }
    Set<String> outcomes = new LinkedHashSet<>();
    JsonNode o = in.get("outcomes");
    if (o != null && !o.isNull()) {
      if (!o.isArray()) {
        throw new RuleSetException(at + ": outcomes must be an array of strings");
      }
      o.forEach(x -> outcomes.add(x.asText()));
    }
    JsonNode grade = in.get("contributionGrade");
    if (grade != null && !grade.canConvertToInt()) {
      throw new RuleSetException(at + ": contributionGrade must be 1, 2 or 3");
    }
    return new RewardQuery(text(at, in, "province", true), text(at, in, "city", false), date,
        text(at, in, "violationType", false) == null ? "OTHER" : text(at, in, "violationType", false), outcomes,
        orZero(number(at, in, "fineAmount", false)), orZero(number(at, in, "statutoryMaxFine", false)),
        grade == null ? 1 : grade.asInt(), in.path("insider").asBoolean(false),
        text(at, in, "incidentGrade", false) == null ? "NONE" : text(at, in, "incidentGrade", false),
        in.path("anonymous").asBoolean(false));
  }

  private static String text(String at, JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || v.asText().isBlank()) {
      if (required) {
        throw new RuleSetException(at + ": \"" + field + "\" is missing");
      }
      return null;
    }
    return v.asText();
  }

  private static BigDecimal number(String at, JsonNode node, String field, boolean required) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new RuleSetException(at + ": \"" + field + "\" is missing");
      }
      return null;
    }
    try {
      return v.isNumber() ? v.decimalValue() : new BigDecimal(v.asText().strip());
    } catch (NumberFormatException ex) {
      throw new RuleSetException(at + ": \"" + field + "\" is not a number: " + v.asText());
    }
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
