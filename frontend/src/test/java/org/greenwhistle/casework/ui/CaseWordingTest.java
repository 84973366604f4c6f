package org.greenwhistle.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.domain.CaseEnums;
import org.greenwhistle.report.domain.TimelineEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Decision records, timeline events and audit entries come out in words, in Chinese and in English. */
class CaseWordingTest {
  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");
  private static final Instant AT = Instant.parse("2026-11-25T02:00:00Z");
  private static final String PENALTY = "{\"penaltyDecisionNumber\":\"自环罚〔2026〕501号\",\"decisionDate\":\"2026-11-25\","
      + "\"items\":[{\"violationType\":\"HIDDEN_PIPE\",\"outcomes\":[\"FINE\",\"ORDER_TO_CORRECT\"],"
      + "\"fineAmount\":60000,\"statutoryMaxFine\":500000}],\"incidentGrade\":\"LARGER\"}";

  private static final java.util.Set<String> FALLBACKS = java.util.Set.of("case.step.other", "decision.recorded");
  private static final String FALLBACK = "«fallback»";

  private static CaseWording wording(String language) {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("i18n/messages", "i18n/publication", "i18n/statistics");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    Locale locale = "zh".equals(language) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    // the words a missing vocabulary entry falls back to, marked so that a test sees them
    return new CaseWording((key, args) -> FALLBACKS.contains(key) ? FALLBACK
        : source.getMessage(key, args, "!" + key, locale), locale,
        code -> Map.of("510311", "沿滩区", "510302", "自流井区").get(code), id -> id == 7L ? "暗管出水口.jpg" : null);
  }

  private static CaseDecision decision(String task, String outcome, String details) {
    return new CaseDecision(1L, 1L, task, "investigator", AT, outcome, details);
  }

  private static void inWords(String text) {
    assertThat(text).doesNotContain("{\"", "!").doesNotContainPattern(CODE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void aPenaltyDecisionNamesItsBasisMeasuresAmountsAndDate(String language) {
    String words = wording(language).decision(decision("enforcementDecision", "DECIDED", PENALTY));
    inWords(words);
    if ("zh".equals(language)) {
      assertThat(words).contains("处理决定 · investigator：依据处罚决定书 自环罚〔2026〕501号（2026年11月25日作出）",
          "暗管偷排", "罚款、责令改正", "罚款 60,000.00 元（法定最高罚款 500,000.00 元）", "较大");
    } else {
      assertThat(words).contains("Under penalty decision 自环罚〔2026〕501号 of November 25, 2026", "Hidden pipe",
          "60,000.00 yuan", "500,000.00 yuan");
    }
  }

  /** Every value of every vocabulary a decision record holds has its words in both languages. */
  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void everyCodeOfTheDecisionVocabulariesHasWords(String language) {
    CaseWording w = wording(language);
    List<String> texts = new ArrayList<>();
    for (CaseEnums.ViolationType type : CaseEnums.ViolationType.values()) {
      for (CaseEnums.EnforcementOutcome outcome : CaseEnums.EnforcementOutcome.values()) {
        for (CaseEnums.IncidentGrade grade : CaseEnums.IncidentGrade.values()) {
          texts.add(w.decisionWords(decision("enforcementDecision", "DECIDED", PENALTY.replace("HIDDEN_PIPE", type.name())
              .replace("\"FINE\",\"ORDER_TO_CORRECT\"", "\"" + outcome.name() + "\"").replace("LARGER", grade.name()))));
        }
      }
    }
    for (CaseEnums.RejectReason reason : CaseEnums.RejectReason.values()) {
      texts.add(w.decisionWords(decision("intakeReview", "REJECT", "{\"reason\":\"" + reason.name() + "\"}")));
    }
    for (CaseEnums.IntakeOutcome outcome : CaseEnums.IntakeOutcome.values()) {
      texts.add(w.taskOutcome("intakeReview", outcome.name()));
    }
    for (CaseEnums.VerificationOutcome outcome : CaseEnums.VerificationOutcome.values()) {
      texts.add(w.decisionWords(decision("verification", outcome.name(),
          "{\"inspectionDate\":\"2026-11-22\",\"findings\":\"现场发现暗管。\"}")));
      texts.add(w.timeline(new TimelineEvent(1L, 1L, AT, "CLOSED", outcome.name())));
    }
    for (CaseEnums.ClosureOutcome outcome : CaseEnums.ClosureOutcome.values()) {
      texts.add(w.decisionWords(decision("closureApproval", outcome.name(), "{\"comment\":\"同意。\"}")));
      texts.add(w.taskOutcome("closureApproval", outcome.name()));
    }
    for (CaseEnums.AppealOutcome outcome : CaseEnums.AppealOutcome.values()) {
      texts.add(w.decisionWords(decision("appealReview", outcome.name(), null)));
      texts.add(w.taskOutcome("appealReview", outcome.name()));
    }
    for (String outcome : List.of("ARREST", "CONVICTION")) {
      texts.add(w.decisionWords(decision("criminalOutcome", outcome, "{\"date\":\"2026-12-01\"}")));
    }
    for (String outcome : List.of("ELIGIBLE", "NOT_ELIGIBLE")) {
      texts.add(w.taskOutcome("rewardReview", outcome));
    }
    for (CaseEnums.ReturnableApproval outcome : CaseEnums.ReturnableApproval.values()) {
      texts.add(w.taskOutcome("rewardSecondApproval", outcome.name()));
    }
    for (CaseEnums.FinanceOutcome outcome : CaseEnums.FinanceOutcome.values()) {
      texts.add(w.taskOutcome("financeApproval", outcome.name()));
    }
    texts.add(w.decisionWords(decision("extensionApproval", "APPROVED", "{\"days\":10,\"newDue\":\"2026-12-20\"}")));
    texts.add(w.decisionWords(decision("transfer", "TRANSFER",
        "{\"from\":\"510311\",\"to\":\"510302\",\"reason\":\"属地管辖\"}")));
    texts.add(w.decisionWords(decision("intakeReview", "LINK_DUPLICATE", "{\"linkedTo\":\"GW2345678901\"}")));
    texts.forEach(CaseWordingTest::inWords);
    assertThat(texts).noneMatch(t -> t.contains(FALLBACK));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void auditEntriesSayWhatWasDoneInWords(String language) {
    CaseWording w = wording(language);
    List<AuditEntry> entries = List.of(
        audit("TASK_COMPLETED", "verification", "outcome=CONFIRMED"),
        audit("REPORT_SUBMITTED", "report", "region=510311 categories=WATER files=1 anonymous=false"),
        audit("TASK_COMPLETED", "closureApproval", "outcome=APPROVE"),
        audit("STATUS_CLOSED", "report", "status=CLOSED note=CONFIRMED"),
        audit("STATUS_CLOSURE_APPROVED", "report", null),
        audit("EVIDENCE_DOWNLOADED", "evidence:7", null),
        audit("EVIDENCE_OPENED", "evidence:7", null),
        audit("STAFF_EVIDENCE_ADDED", "evidence", "files=2"),
        audit("REPORTER_UNMASKED", "phone", "reason=需要电话联系核实地点"),
        audit("REWARD_DECLINED", "reward", "checks={\"excludedPerson\":true,\"falseIdentity\":false,\"alreadyKnown\":false}"),
        audit("REWARD_CALCULATED", "reward", "ruleSet=CQ-2025 amount=3000.00 secondApproval=true"),
        audit("REWARD_GRANTED", "reward", "amount=3000.00"),
        audit("REWARD_PAID", "reward", "reference=BANK-12"),
        audit("SOMETHING_NEW", "x", "y=Z_CODE"));
    entries.forEach(a -> inWords(w.audit(a)));
    assertThat(entries.subList(0, entries.size() - 1)).noneMatch(a -> w.audit(a).contains(FALLBACK));
    String downloaded = w.audit(entries.get(5));
    assertThat(downloaded).contains("暗管出水口.jpg").startsWith("#3 2026-11-25 10:00 · investigator · ");
    if ("zh".equals(language)) {
      assertThat(w.auditWords(entries.get(0))).isEqualTo("办理「现场核查」：查证属实");
      assertThat(w.auditWords(entries.get(3))).isEqualTo("记录进展「已办结」，案件状态：已办结");
      assertThat(w.auditWords(entries.get(1))).isEqualTo("举报人提交举报（附证据 1 件）");
      assertThat(w.auditWords(entries.get(11))).isEqualTo("财务批准奖励 3,000.00 元");
      assertThat(w.timeline(new TimelineEvent(1L, 1L, AT, "REWARD_GRANTED", "3000.00"))).endsWith("：3,000.00 元");
      assertThat(w.timeline(new TimelineEvent(1L, 1L, AT, "REJECTED", "INSUFFICIENT_INFORMATION")))
          .isEqualTo("不予受理：信息不足");
    }
  }

  private static AuditEntry audit(String action, String subject, String detail) {
    return new AuditEntry(1L, "GWABCDE12345", 3, AT, "investigator", action, subject, detail, null, null);
  }
}
