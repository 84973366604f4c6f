package org.greenwhistle.reward.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;
import org.greenwhistle.reward.domain.RuleSet;
import org.greenwhistle.reward.service.RewardCalculator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RewardRulesTest {
  private static RewardRules rules;
  private static RuleSet national;
  private static RewardCalculator calculator;

  @BeforeAll
  static void setUp() {
    rules = new RewardRules();
    national = shipped("national-default");
    calculator = new RewardCalculator(rules, new ShippedRuleSetSource(rules));
  }

  private static RuleSet shipped(String key) {
    return ShippedRuleSets.load().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
  }

  private static RuleSet withDmn(String dmn) {
    return new RuleSet("test", "000000", "test", 1, LocalDate.of(2020, 1, 1), null, national.decisionKey(), dmn,
        national.examplesJson());
  }

  private static RuleSet withExamples(RuleSet rs, String examples) {
    return new RuleSet(rs.key(), rs.jurisdiction(), rs.name(), rs.version(), rs.validFrom(), rs.validTo(),
        rs.decisionKey(), rs.dmnXml(), examples);
  }

  private static RewardQuery query(String province, String city, String date, Set<String> outcomes, long fine,
                                   long max, int grade, boolean insider, String incident) {
    return new RewardQuery(province, city, LocalDate.parse(date), "ILLEGAL_DISCHARGE", outcomes, BigDecimal.valueOf(fine),
        BigDecimal.valueOf(max), grade, insider, incident, false);
  }

  // ---------------------------------------------------------------- compile errors are clear

  @Test
  void xmlThatDoesNotParse() {
    assertThatThrownBy(() -> rules.compile(withDmn("<definitions><decision")))
        .isInstanceOf(RuleSetException.class).hasMessageStartingWith("rule set test v1: the DMN XML does not parse");
  }

  @Test
  void missingDecisionKeyNamesTheDecisionsFound() {
    RuleSet rs = new RuleSet("test", "000000", "test", 1, LocalDate.of(2020, 1, 1), null, "rewardNowhere",
        national.dmnXml(), national.examplesJson());
    assertThatThrownBy(() -> rules.compile(rs)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("no decision with id 'rewardNowhere'").hasMessageContaining("rewardNationalDefault");
  }

  @Test
  void missingRequiredOutput() {
    String dmn = national.dmnXml().replaceAll("<output id=\"[^\"]*\" label=\"[^\"]*\" name=\"label\" typeRef=\"string\"/>", "");
    assertThatThrownBy(() -> rules.compile(withDmn(dmn))).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("required output columns missing: [label]");
  }

  @Test
  void unknownKindNamesTheRule() {
    String dmn = national.dmnXml().replaceFirst("\"FIXED\"", "\"FIXD\"");
    assertThatThrownBy(() -> rules.compile(withDmn(dmn))).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rule nationalNoPenalty: kind must be one of").hasMessageContaining("not 'FIXD'");
  }

  @Test
  void onlyLiteralsAndSimpleTestsAreAccepted() {
    String dmn = national.dmnXml().replace("<text>&gt; 0</text>", "<text>&gt; violationType.length()</text>")
        .replace("<text>0.02</text>", "<text>fineAmount * 0.02</text>");
    assertThatThrownBy(() -> rules.compile(withDmn(dmn))).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rule nationalFinePercent: input entry '> violationType.length()' is not a simple test")
        .hasMessageContaining("rule nationalFinePercent: output value must be a plain number, not 'fineAmount * 0.02'");
  }

  @Test
  void wrongHitPolicyAndUnknownInputVariable() {
    String dmn = national.dmnXml().replace("hitPolicy=\"COLLECT\"", "hitPolicy=\"FIRST\"")
        .replace("<text>fineAmount</text>", "<text>fineAmout</text>");
    assertThatThrownBy(() -> rules.compile(withDmn(dmn))).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("must use hit policy COLLECT without aggregation, not FIRST")
        .hasMessageContaining("must read one of").hasMessageContaining("not 'fineAmout'");
  }

  @Test
  void onePartCodeIsOneProvision() {
    String dmn = national.dmnXml().replace("\"NO_PENALTY\"", "\"LIGHT_PENALTY\"");
    assertThatThrownBy(() -> rules.compile(withDmn(dmn))).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("rules nationalNoPenalty and nationalWarning return part 'LIGHT_PENALTY' with different figures");
  }

  @Test
  void brokenRegistryEntry() {
    RuleSet rs = new RuleSet("test", "51", "test", 0, LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1),
        national.decisionKey(), national.dmnXml(), national.examplesJson());
    assertThatThrownBy(() -> rules.compile(rs)).isInstanceOf(RuleSetException.class)
        .hasMessageContaining("six-digit GB/T 2260 code").hasMessageContaining("version must be 1 or higher")
        .hasMessageContaining("validTo 2023-01-01 is before validFrom 2024-01-01");
  }

  @Test
  void theSafeTestGrammar() {
    assertThat(RuleSetChecks.safeTest("[100000..200000[")).isTrue();
    assertThat(RuleSetChecks.safeTest("]0..50000[")).isTrue();
    assertThat(RuleSetChecks.safeTest("\"MAJOR\",\"ESPECIALLY_MAJOR\"")).isTrue();
    assertThat(RuleSetChecks.safeTest("not(\"NONE\")")).isTrue();
    assertThat(RuleSetChecks.safeTest(">= statutoryMaxFine")).isTrue();
    assertThat(RuleSetChecks.safeTest("${true}")).isFalse();
    assertThat(RuleSetChecks.safeTest("\"a\".concat(\"b\")")).isFalse();
    assertThat(RuleSetChecks.safeTest("Runtime")).isFalse();
  }

  // ---------------------------------------------------------------- examples are verified

  @Test
  void aBrokenExampleIsReported() {
    RuleSet rs = shipped("zhejiang-2021");
    String broken = rs.examplesJson().replaceFirst("\"expect\": \\{\"amount\": 10000", "\"expect\": {\"amount\": 12345");
    List<String> failures = rules.verifyExamples(rules.compile(withExamples(rs, broken)));
    assertThat(failures).singleElement().asString().contains("zhejiang-2021 v1, example zhejiang-fine-percent")
        .contains("expected 12345 [10000, 10000], got 10000.00 [10000.00, 10000.00]");
  }

  @Test
  void malformedExamplesAreAFailure() {
    RuleSet rs = shipped("zhejiang-2021");
    assertThat(rules.verifyExamples(rules.compile(withExamples(rs, "[{\"id\": ")))).singleElement().asString()
        .contains("not valid JSON");
    assertThat(rules.verifyExamples(rules.compile(withExamples(rs, "")))).singleElement().asString()
        .contains("no worked examples");
    assertThat(rules.verifyExamples(rules.compile(withExamples(rs, "[{\"id\":\"x\",\"input\":{},\"expect\":{}}]"))))
        .singleElement().asString().contains("example x");
  }

  @Test
  void anExampleOutsideTheValidityOrJurisdictionIsReported() {
    RuleSet rs = shipped("sichuan-2023");
    String moved = rs.examplesJson().replaceFirst("\"decisionDate\": \"2024-03-15\"", "\"decisionDate\": \"2030-01-01\"")
        .replaceFirst("\"province\": \"510000\"", "\"province\": \"520000\"");
    assertThat(rules.verifyExamples(rules.compile(withExamples(rs, moved))))
        .anySatisfy(f -> assertThat(f).contains("outside the rule set's validity 2023-05-05..2028-05-04"))
        .anySatisfy(f -> assertThat(f).contains("is not in jurisdiction 510000"));
  }

  // ---------------------------------------------------------------- explanation

  @Test
  void explanationLinesInBothLanguages() {
    RewardQuote q = calculator.quote(query("330000", "330200", "2022-05-01", Set.of("FINE"), 200_000, 500_000, 1, false, "NONE"));
    assertThat(q.basis()).extracting(BasisLine::zh)
        .contains("罚款 200,000.00 元 × 5% = 10,000.00 元（浙江 2021：按罚款 5% 奖励，最高 10 万元）");
    assertThat(q.basis()).extracting(BasisLine::en)
        .contains("Fine 200,000.00 yuan × 5% = 10,000.00 yuan (Zhejiang 2021: 5 % of the fine, at most 100,000 yuan)");
    assertThat(q.basis().get(q.basis().size() - 1).zh())
        .isEqualTo("奖励金额 10,000.00 元，可在 10,000.00–10,000.00 元之间（适用规则 zhejiang-2021 v1）");
    assertThat(q.basis().get(q.basis().size() - 1).en())
        .isEqualTo("Reward 10,000.00 yuan, range 10,000.00–10,000.00 yuan (rule set zhejiang-2021 v1)");
  }

  @Test
  void explanationShowsMultiplierAndCap() {
    RewardQuote q = calculator.quote(query("360000", "360100", "2023-04-01", Set.of("FINE"), 3_000_000, 10_000_000, 1,
        true, "NONE"));
    assertThat(q.basis()).extracting(BasisLine::zh).anySatisfy(l -> assertThat(l).startsWith("罚款 3,000,000.00 元 × 4%（可在 3%–4% 之间）"))
        .anySatisfy(l -> assertThat(l).startsWith("× 2（江西 2021：内部人员举报重大案件").contains("240,000.00 元"))
        .anySatisfy(l -> assertThat(l).startsWith("最高 200,000.00 元（江西 2021：奖励最高 20 万元）：240,000.00 元"));
    assertThat(q.basis()).extracting(BasisLine::en).anySatisfy(l -> assertThat(l).startsWith("× 2 (Jiangxi 2021: insider"))
        .anySatisfy(l -> assertThat(l).startsWith("At most 200,000.00 yuan"));
  }

  @Test
  void explanationShowsFloatStackingAndApproval() {
    RewardQuote sichuan = calculator.quote(query("510000", "510300", "2024-03-15", Set.of("FINE"), 150_000, 1_000_000, 1,
        false, "NONE"));
    assertThat(sichuan.basis()).extracting(BasisLine::zh).anySatisfy(l -> assertThat(l)
        .isEqualTo("上下浮动 50%（四川 2023：市（州）可上下浮动 50%）：幅度 1,000.00–3,000.00 元"));
    RewardQuote zhejiang = calculator.quote(query("330000", null, "2022-05-01", Set.of("FINE", "CONVICTION"), 4_000_000,
        5_000_000, 1, false, "MAJOR"));
    assertThat(zhejiang.basis()).extracting(BasisLine::en)
        .anySatisfy(l -> assertThat(l).startsWith("Bonus +10,000.00 yuan"))
        .anySatisfy(l -> assertThat(l).startsWith("Stacked total: 110,000.00 yuan"))
        .anySatisfy(l -> assertThat(l).startsWith("Up to 500,000.00 yuan with approval"));
  }

  @Test
  void noApplicableRuleGivesZeroWithAReason() {
    RewardQuote q = calculator.quote(query("510000", null, "2024-03-15", Set.of("NO_PENALTY"), 0, 0, 1, false, "NONE"));
    assertThat(q.amount()).isEqualByComparingTo("0");
    assertThat(q.basis()).extracting(BasisLine::en).first().isEqualTo("No rule of this rule set applies: no reward");
  }

  // ---------------------------------------------------------------- the calculator's validation

  @Test
  void invalidQueriesListEveryProblem() {
    RewardQuery bad = new RewardQuery("51", null, null, "SMOKE", Set.of("FINE", "SHOUTING"), BigDecimal.valueOf(-1),
        BigDecimal.ZERO, 4, false, "HUGE", false);
    assertThatThrownBy(() -> calculator.quote(bad)).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems()).asList()
        .extracting(p -> ((FieldProblem) p).field() + "=" + ((FieldProblem) p).messageKey())
        .containsExactly("province=reward.error.province", "decisionDate=reward.error.decisionDate",
            "violationType=case.error.violationType", "outcomes=case.error.outcomeUnknown", "fineAmount=case.error.amountNegative",
            "contributionGrade=reward.error.grade", "incidentGrade=case.error.incidentGrade");
  }

  @Test
  void consistencyOfOutcomesAndAmounts() {
    assertThatThrownBy(() -> calculator.quote(query("510000", "440300", "2024-03-15", Set.of("NO_PENALTY", "FINE"), 0,
        100, 1, false, "NONE"))).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).problems()).asList()
        .extracting(p -> ((FieldProblem) p).messageKey())
        .containsExactly("reward.error.city", "reward.error.noPenaltyWithPenalty", "case.error.fineRequired");
    assertThatThrownBy(() -> calculator.quote(query("510000", null, "2024-03-15", Set.of("FINE"), 200, 100, 1, false,
        "NONE"))).isInstanceOf(InvalidInputException.class).hasMessageContaining("fineAmount=case.error.fineAboveMaximum");
  }

  @Test
  void noRuleSetInForce() {
    assertThatThrownBy(() -> calculator.quote(query("510000", null, "2019-12-31", Set.of("WARNING"), 0, 0, 1, false, null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("decisionDate=reward.error.noRuleSet");
  }

  // ---------------------------------------------------------------- thread safety

  @Test
  void concurrentEvaluationsAgree() {
    RewardQuery q = query("360000", "360100", "2023-04-01", Set.of("FINE", "CRIMINAL_REFERRAL"), 2_000_000, 10_000_000,
        1, true, "NONE");
    BigDecimal expected = calculator.quote(q).amount();
    assertThat(IntStream.range(0, 4000).parallel().mapToObj(i -> calculator.quote(q).amount()).distinct().toList())
        .containsExactly(expected);
  }
}
