package org.greenwhistle.reward.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greenwhistle.reward.domain.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RuleSetSelectorTest {
  private static RewardRules rules;
  private static RuleSet template;

  @BeforeAll
  static void compileOnce() {
    rules = new RewardRules();
    template = ShippedRuleSets.load().stream().filter(r -> r.key().equals("national-default")).findFirst().orElseThrow();
  }

  private static CompiledRuleSet set(String key, String jurisdiction, int version, String from, String to) {
    return rules.compile(new RuleSet(key, jurisdiction, key, version, LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to), template.decisionKey(), template.dmnXml(), template.examplesJson()));
  }

  private static final LocalDate DATE = LocalDate.of(2024, 6, 1);

  private static Optional<String> pick(List<CompiledRuleSet> active, String province, String city, LocalDate date) {
    return RuleSetSelector.select(active, province, city, date).map(c -> c.ruleSet().label());
  }

  @Test
  void cityOverProvinceOverNational() {
    List<CompiledRuleSet> active = List.of(set("national", "000000", 1, "2020-01-01", null),
        set("zhejiang", "330000", 1, "2021-01-01", null), set("hangzhou", "330100", 1, "2021-01-01", null));
    assertThat(pick(active, "330000", "330100", DATE)).contains("hangzhou v1");
    assertThat(pick(active, "330000", "330106", DATE)).as("a county falls back to its city").contains("hangzhou v1");
    assertThat(pick(active, "330000", "330200", DATE)).as("a city without rules: the province").contains("zhejiang v1");
    assertThat(pick(active, "330000", null, DATE)).contains("zhejiang v1");
    assertThat(pick(active, "440000", "440300", DATE)).as("no province rules: national").contains("national v1");
  }

  @Test
  void aCityRuleSetNotYetValidFallsBackToTheProvince() {
    List<CompiledRuleSet> active = List.of(set("zhejiang", "330000", 1, "2021-01-01", null),
        set("hangzhou", "330100", 1, "2025-01-01", null));
    assertThat(pick(active, "330000", "330100", LocalDate.of(2024, 12, 31))).contains("zhejiang v1");
    assertThat(pick(active, "330000", "330100", LocalDate.of(2025, 1, 1))).contains("hangzhou v1");
  }

  @Test
  void validityBoundsAreInclusive() {
    List<CompiledRuleSet> active = List.of(set("national", "000000", 1, "2020-01-01", null),
        set("sichuan", "510000", 1, "2023-05-05", "2028-05-04"));
    assertThat(pick(active, "510000", null, LocalDate.of(2023, 5, 4))).contains("national v1");
    assertThat(pick(active, "510000", null, LocalDate.of(2023, 5, 5))).contains("sichuan v1");
    assertThat(pick(active, "510000", null, LocalDate.of(2028, 5, 4))).contains("sichuan v1");
    assertThat(pick(active, "510000", null, LocalDate.of(2028, 5, 5))).contains("national v1");
    assertThat(pick(active, "510000", null, LocalDate.of(2019, 12, 31))).as("before every rule set").isEmpty();
  }

  @Test
  void theHighestVersionValidOnTheDateWins() {
    List<CompiledRuleSet> active = List.of(set("jiangxi", "360000", 1, "2021-01-01", null),
        set("jiangxi", "360000", 2, "2024-01-01", null), set("jiangxi", "360000", 3, "2026-01-01", null));
    assertThat(pick(active, "360000", "360100", LocalDate.of(2023, 12, 31))).contains("jiangxi v1");
    assertThat(pick(active, "360000", "360100", LocalDate.of(2024, 1, 1))).contains("jiangxi v2");
    assertThat(pick(active, "360000", "360100", LocalDate.of(2025, 6, 1))).as("v3 not yet valid").contains("jiangxi v2");
    assertThat(pick(active, "360000", "360100", LocalDate.of(2026, 1, 1))).contains("jiangxi v3");
  }

  @Test
  void anExpiredHigherVersionDoesNotHideAValidLowerOne() {
    List<CompiledRuleSet> active = List.of(set("beijing", "110000", 1, "2021-01-01", null),
        set("beijing", "110000", 2, "2022-01-01", "2022-12-31"));
    assertThat(pick(active, "110000", "110105", LocalDate.of(2022, 6, 1))).contains("beijing v2");
    assertThat(pick(active, "110000", "110105", LocalDate.of(2023, 6, 1))).contains("beijing v1");
  }

  @Test
  void theShippedRuleSetsSelectAsDocumented() {
    List<CompiledRuleSet> shipped = List.copyOf(new ShippedRuleSetSource(rules).active());
    assertThat(pick(shipped, "510000", "510300", DATE)).contains("sichuan-2023 v1");
    assertThat(pick(shipped, "510000", "510300", LocalDate.of(2023, 1, 1))).contains("national-default v1");
    assertThat(pick(shipped, "500000", "500236", LocalDate.of(2025, 6, 1))).contains("chongqing-2025 v1");
    assertThat(pick(shipped, "330000", "330106", DATE)).contains("hangzhou-2021 v1");
    assertThat(pick(shipped, "330000", "330200", DATE)).contains("zhejiang-2021 v1");
    assertThat(pick(shipped, "360000", null, DATE)).contains("jiangxi-2021 v1");
    assertThat(pick(shipped, "110000", "110105", DATE)).contains("beijing-2021-draft v1");
    assertThat(pick(shipped, "650000", null, DATE)).contains("national-default v1");
  }

  @Test
  void nothingWithoutADate() {
    assertThat(RuleSetSelector.select(List.of(set("national", "000000", 1, "2020-01-01", null)), "510000", null, null))
        .isEmpty();
  }
}
