package org.greenwhistle.reward.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.operaton.bpm.model.dmn.DmnModelInstance;
import org.operaton.bpm.model.dmn.HitPolicy;
import org.operaton.bpm.model.dmn.instance.Decision;
import org.operaton.bpm.model.dmn.instance.DecisionTable;
import org.operaton.bpm.model.dmn.instance.Input;
import org.operaton.bpm.model.dmn.instance.InputEntry;
import org.operaton.bpm.model.dmn.instance.Output;
import org.operaton.bpm.model.dmn.instance.OutputEntry;
import org.operaton.bpm.model.dmn.instance.Rule;
import org.operaton.bpm.model.dmn.instance.Text;
import org.operaton.bpm.model.xml.instance.ModelElementInstance;
import org.greenwhistle.reward.domain.RuleSet;

/**
 * The shape every reward rule set must have, checked before the engine parses it: one COLLECT decision table
 * whose inputs are plain names of {@link QueryVariables#NAMES}, whose input entries are simple unary tests
 * (comparisons, ranges, lists, {@code not(...)}, literals) and whose output entries are literals. So an uploaded
 * table can neither call methods nor read anything but the query, and a typo fails here, not at evaluation.
 */
final class RuleSetChecks {
  static final List<String> REQUIRED_OUTPUTS = List.of("part", "kind", "value", "label");
  static final List<String> OPTIONAL_OUTPUTS = List.of("minValue", "maxValue", "floor", "ceiling", "combine", "labelEn");
  private static final Set<String> NUMBER_OUTPUTS = Set.of("value", "minValue", "maxValue", "floor", "ceiling");
  private static final Set<String> FEEL = Set.of("feel", "FEEL", "http://www.omg.org/spec/FEEL/20140401",
      "https://www.omg.org/spec/DMN/20191111/FEEL/", "http://www.omg.org/spec/DMN/20180521/FEEL/",
      "https://www.omg.org/spec/DMN/20211108/FEEL/", "https://www.omg.org/spec/DMN/20230324/FEEL/");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern STRING = Pattern.compile("\"([^\"\\\\${}#]*)\"");
  private static final Pattern STRING_IN_TEST = Pattern.compile("\"[^\"\\\\${}#]*\"");
  private static final Pattern TEST_CHARS = Pattern.compile("[\\w\\s.,<>=\\[\\]\\-()]*");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> TEST_WORDS = Set.of("true", "false", "null", "not");
  private static final Pattern JURISDICTION = Pattern.compile("\\d{6}");

  private final List<String> problems = new ArrayList<>();
  /** part code -> "ruleId: kind value min max floor ceiling combine" of the first rule returning it. */
  private final Map<String, String[]> provisions = new HashMap<>();

  private RuleSetChecks() {
  }

  /** Throws with every problem found. */
  static void check(RuleSet rs, DmnModelInstance model) {
    RuleSetChecks c = new RuleSetChecks();
    c.table(rs, model);
    c.throwIfAny(rs);
  }

  /** The registry fields; throws before anything is parsed. */
  static void checkEntry(RuleSet rs) {
    RuleSetChecks c = new RuleSetChecks();
    if (rs.key() == null || rs.key().isBlank()) {
      c.problems.add("the key is missing");
    }
    if (rs.jurisdiction() == null || !JURISDICTION.matcher(rs.jurisdiction()).matches()) {
      c.problems.add("the jurisdiction must be a six-digit GB/T 2260 code (" + RuleSet.NATIONAL
          + " = national default), not '" + rs.jurisdiction() + "'");
    }
    if (rs.version() < 1) {
      c.problems.add("the version must be 1 or higher");
    }
    if (rs.validFrom() == null) {
      c.problems.add("validFrom is missing");
    } else if (rs.validTo() != null && rs.validTo().isBefore(rs.validFrom())) {
      c.problems.add("validTo " + rs.validTo() + " is before validFrom " + rs.validFrom());
    }
    if (rs.decisionKey() == null || rs.decisionKey().isBlank()) {
      c.problems.add("the decision key is missing");
    }
    if (rs.dmnXml() == null || rs.dmnXml().isBlank()) {
      c.problems.add("the DMN XML is empty");
    }
    c.throwIfAny(rs);
  }

  private void throwIfAny(RuleSet rs) {
    if (!problems.isEmpty()) {
      throw new RuleSetException(name(rs) + ": " + String.join("; ", problems));
    }
  }

  static String name(RuleSet rs) {
    return "rule set " + (rs.key() == null ? "?" : rs.key()) + " v" + rs.version();
  }

  private void table(RuleSet rs, DmnModelInstance model) {
    String language = model.getDefinitions().getExpressionLanguage();
    if (language != null && !FEEL.contains(language)) {
      problems.add("the definitions set expressionLanguage '" + language + "'; leave it unset (FEEL)");
    }
    ModelElementInstance element = model.getModelElementById(rs.decisionKey());
    if (!(element instanceof Decision decision)) {
      List<String> ids = model.getModelElementsByType(Decision.class).stream().map(Decision::getId).toList();
      problems.add("the DMN has no decision with id '" + rs.decisionKey() + "' (decisions found: " + ids + ")");
      return;
    }
    if (!(decision.getExpression() instanceof DecisionTable table)) {
      problems.add("decision '" + rs.decisionKey() + "' is not a decision table");
      return;
    }
    if (table.getHitPolicy() != HitPolicy.COLLECT || table.getAggregation() != null) {
      problems.add("decision '" + rs.decisionKey() + "' must use hit policy COLLECT without aggregation, not "
          + table.getHitPolicy() + (table.getAggregation() == null ? "" : " " + table.getAggregation()));
    }
    for (Input input : table.getInputs()) {
      var expression = input.getInputExpression();
      String text = expression == null ? null : text(expression.getText());
      if (text == null || !QueryVariables.NAMES.contains(text.strip())) {
        problems.add("input '" + label(input.getLabel(), input.getId()) + "' must read one of " + QueryVariables.NAMES
            + ", not '" + text + "'");
      }
      if (expression != null && expression.getExpressionLanguage() != null) {
        problems.add("input '" + label(input.getLabel(), input.getId()) + "' sets an expression language");
      }
    }
    List<String> outputs = new ArrayList<>();
    for (Output output : table.getOutputs()) {
      String name = output.getName();
      if (name == null || !(REQUIRED_OUTPUTS.contains(name) || OPTIONAL_OUTPUTS.contains(name))) {
        problems.add("unknown output column '" + name + "' (allowed: " + REQUIRED_OUTPUTS + " and " + OPTIONAL_OUTPUTS + ")");
      } else if (outputs.contains(name)) {
        problems.add("output column '" + name + "' appears twice");
      }
      outputs.add(name);
    }
    Set<String> missing = new LinkedHashSet<>(REQUIRED_OUTPUTS);
    missing.removeAll(new HashSet<>(outputs));
    if (!missing.isEmpty()) {
      problems.add("required output columns missing: " + missing);
      return;
    }
    Set<String> ruleIds = new HashSet<>();
    int index = 0;
    for (Rule rule : table.getRules()) {
      index++;
      String id = rule.getId() == null ? "#" + index : rule.getId();
      if (!ruleIds.add(id)) {
        problems.add("rule id '" + id + "' appears twice");
      }
      for (InputEntry entry : rule.getInputEntries()) {
        if (entry.getExpressionLanguage() != null) {
          problems.add("rule " + id + ": an input entry sets an expression language");
        }
        String test = text(entry.getText());
        if (test != null && !safeTest(test)) {
          problems.add("rule " + id + ": input entry '" + test + "' is not a simple test (comparisons, ranges, "
              + "lists, not(...), quoted strings, numbers, true/false)");
        }
      }
      rule(id, outputs, new ArrayList<>(rule.getOutputEntries()));
    }
  }

  private void rule(String id, List<String> outputs, List<OutputEntry> entries) {
    if (entries.size() != outputs.size()) {
      problems.add("rule " + id + ": " + entries.size() + " output entries for " + outputs.size() + " columns");
      return;
    }
    Map<String, String> strings = new HashMap<>();
    Map<String, BigDecimal> numbers = new HashMap<>();
    for (int i = 0; i < outputs.size(); i++) {
      String column = outputs.get(i);
      OutputEntry entry = entries.get(i);
      if (entry.getExpressionLanguage() != null) {
        problems.add("rule " + id + ": output " + column + " sets an expression language");
      }
      String text = text(entry.getText());
      if (text == null) {
        continue;
      }
      text = text.strip();
      if (NUMBER_OUTPUTS.contains(column)) {
        if (NUMBER.matcher(text).matches()) {
          numbers.put(column, new BigDecimal(text));
        } else {
          problems.add("rule " + id + ": output " + column + " must be a plain number, not '" + text + "'");
        }
      } else {
        Matcher m = STRING.matcher(text);
        if (m.matches()) {
          strings.put(column, m.group(1));
        } else {
          problems.add("rule " + id + ": output " + column + " must be a quoted string without \\ $ # { }, not '"
              + text + "'");
        }
      }
    }
    String kind = strings.get("kind");
    PartKind k = null;
    try {
      k = kind == null ? null : PartKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (k == null) {
      problems.add("rule " + id + ": kind must be one of " + List.of(PartKind.values()) + ", not '" + kind + "'");
    }
    String combine = strings.get("combine");
    if (combine != null && !combine.equals("MAX") && !combine.equals("STACK")) {
      problems.add("rule " + id + ": combine must be MAX or STACK, not '" + combine + "'");
    }
    if (strings.get("part") == null || strings.get("part").isBlank()) {
      problems.add("rule " + id + ": part is missing");
    }
    if (strings.get("label") == null || strings.get("label").isBlank()) {
      problems.add("rule " + id + ": label is missing");
    }
    String code = strings.get("part");
    if (code != null) {
      String signature = kind + " " + numbers.get("value") + " " + numbers.get("minValue") + " " + numbers.get("maxValue")
          + " " + numbers.get("floor") + " " + numbers.get("ceiling") + " " + combine;
      String[] first = provisions.putIfAbsent(code, new String[] {id, signature});
      if (first != null && !first[1].equals(signature)) {
        problems.add("rules " + first[0] + " and " + id + " return part '" + code + "' with different figures; one part"
            + " code is one provision (only the first matching rule of a code counts): give each its own code");
      }
    }
    BigDecimal value = numbers.get("value");
    if (value == null) {
      problems.add("rule " + id + ": value is missing");
      return;
    }
    BigDecimal min = numbers.get("minValue");
    BigDecimal max = numbers.get("maxValue");
    if (k == PartKind.RANGE && (min == null || max == null)) {
      problems.add("rule " + id + ": a RANGE needs minValue and maxValue");
    }
    if (min != null && min.compareTo(value) > 0 || max != null && max.compareTo(value) < 0) {
      problems.add("rule " + id + ": value " + value + " must lie within minValue..maxValue");
    }
    if (value.signum() < 0) {
      problems.add("rule " + id + ": value must not be negative");
    }
  }

  /** Legacy-FEEL simple unary tests only; identifiers may be true/false/null/not or query variables. */
  static boolean safeTest(String test) {
    String rest = STRING_IN_TEST.matcher(test).replaceAll(" ");
    if (rest.contains("\"") || !TEST_CHARS.matcher(rest).matches()) {
      return false;
    }
    Matcher words = WORD.matcher(rest);
    while (words.find()) {
      String w = words.group();
      if (!TEST_WORDS.contains(w) && !QueryVariables.NAMES.contains(w)) {
        return false;
      }
    }
    return !rest.replaceAll("not\\s*\\(", " ").contains("(");
  }

  private static String text(Text text) {
    if (text == null) {
      return null;
    }
    String t = text.getTextContent();
    return t == null || t.isBlank() ? null : t;
  }

  private static String label(String label, String id) {
    return label == null ? id : label;
  }
}
