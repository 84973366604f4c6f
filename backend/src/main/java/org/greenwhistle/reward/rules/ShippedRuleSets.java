package org.greenwhistle.reward.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.reward.domain.RuleSet;

/** Reads the rule sets shipped in the {@code processes} jar: {@value #REGISTRY} lists them, each with its DMN
 * file and its worked examples (classpath paths). */
public final class ShippedRuleSets {
  public static final String REGISTRY = "rewards/registry.json";

  private ShippedRuleSets() {
  }

  public static List<RuleSet> load() {
    JsonNode registry;
    try {
      registry = new ObjectMapper().readTree(resource(REGISTRY));
    } catch (IOException e) {
      throw new RuleSetException(REGISTRY + " is not valid JSON: " + e.getMessage(), e);
    }
    if (registry == null || !registry.isArray()) {
      throw new RuleSetException(REGISTRY + " must hold a JSON array of rule sets");
    }
    List<RuleSet> sets = new ArrayList<>();
    for (JsonNode e : registry) {
      String key = text(e, "key", "?");
      try {
        sets.add(new RuleSet(key, text(e, "jurisdiction", key), text(e, "name", key), e.path("version").asInt(0),
            date(e, "validFrom", key), date(e, "validTo", key), text(e, "decisionKey", key),
            resource(text(e, "dmn", key)), resource(text(e, "examples", key))));
      } catch (DateTimeParseException ex) {
        throw new RuleSetException(REGISTRY + ", rule set " + key + ": " + ex.getMessage(), ex);
      }
    }
    return List.copyOf(sets);
  }

  private static String text(JsonNode entry, String field, String key) {
    JsonNode v = entry.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw new RuleSetException(REGISTRY + ", rule set " + key + ": \"" + field + "\" is missing");
    }
    return v.asText();
  }

  private static LocalDate date(JsonNode entry, String field, String key) {
    JsonNode v = entry.get(field);
    if (v == null || v.isNull()) {
      if ("validFrom".equals(field)) {
        throw new RuleSetException(REGISTRY + ", rule set " + key + ": \"validFrom\" is missing");
      }
      return null;
    }
    return LocalDate.parse(v.asText());
  }

  private static String resource(String path) {
    try (InputStream in = ShippedRuleSets.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new RuleSetException("missing on the classpath: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleSetException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
