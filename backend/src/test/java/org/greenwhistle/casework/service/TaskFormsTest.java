package org.greenwhistle.casework.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.greenwhistle.casework.service.TaskFormTesting.problems;
import static org.greenwhistle.casework.service.TaskFormTesting.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.greenwhistle.casework.domain.CaseEnums.ClosureOutcome;
import org.greenwhistle.casework.domain.CaseEnums.EnforcementOutcome;
import org.greenwhistle.casework.domain.CaseEnums.IntakeOutcome;
import org.greenwhistle.casework.domain.CaseEnums.VerificationOutcome;
import org.greenwhistle.casework.domain.CaseEnums.ViolationType;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.processes.ReportHandlingModel;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.service.ReportLookup;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.BadUserRequestException;

/** The report-handling tasks' forms: what each refuses (in words), the variables it produces, its engine check. */
class TaskFormsTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T04:00:00Z"), ZoneOffset.UTC);
  static final LocalDate TODAY = LocalDate.parse("2026-12-05");
  static final CaseTask TASK = new CaseTask("t1", "p1", 7L, "GW0000000007", "x", "INTAKE", "51.5103.510302.", null,
      Instant.EPOCH, null, false, "510302", "某厂", "WATER", "SUBMITTED", false, false);

  private final IntakeReviewTask intake = new IntakeReviewTask(mock(ReportLookup.class), mock(RegionService.class),
      mock(CurrentUser.class), mock(CaseDecisions.class));
  private final VerificationTask verification = new VerificationTask(CLOCK);
  private final EnforcementDecisionTask enforcement = new EnforcementDecisionTask(json(), CLOCK);
  private final ClosureApprovalTask closure = new ClosureApprovalTask();
  private final AppealReviewTask appeal = new AppealReviewTask();

  @Test
  void intakeWithoutADecisionSaysChooseInWordsNotCodes() {
    assertThat(problems(() -> intake.toVariables(intake.blank(), TASK)))
        .containsExactly(new FieldProblem("outcome", "task.error.choose"));
    // an API client's unknown code is "not chosen", with no list of codes in the message
    IntakeReviewTask.Form form = intake.fromCompletion(completion("MAYBE", null, null));
    assertThat(problems(() -> intake.toVariables(form, TASK)))
        .containsExactly(new FieldProblem("outcome", "task.error.choose"));
  }

  @Test
  void intakeAsksForTheFieldsOfTheChosenOutcomeOnly() {
    IntakeReviewTask.Form reject = intake.fromCompletion(completion("REJECT", null, null));
    assertThat(problems(() -> intake.toVariables(reject, TASK)))
        .containsExactly(new FieldProblem("rejectReason", "task.error.choose"));
    IntakeReviewTask.Form ask = intake.fromCompletion(completion("REQUEST_INFO", null, "请补充排污口的具体位置。"));
    assertThat(intake.toVariables(ask, TASK)).containsEntry(ReportHandlingModel.Var.INTAKE_OUTCOME, "REQUEST_INFO")
        .containsEntry(ReportHandlingModel.Var.INFO_REQUEST_TEXT, "请补充排污口的具体位置。");
    IntakeReviewTask.Form accept = intake.blank();
    accept.setOutcome(IntakeOutcome.ACCEPT);
    assertThat(intake.toVariables(accept, TASK)).isEqualTo(Map.of(ReportHandlingModel.Var.INTAKE_OUTCOME, "ACCEPT"));
  }

  @Test
  void intakeEngineCheckRefusesAnOutcomeWithoutItsFields() {
    assertThatThrownBy(() -> intake.check(task(Map.of(ReportHandlingModel.Var.INTAKE_OUTCOME, "REJECT"))))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("rejectReason");
    assertThat(intake.check(task(Map.of(ReportHandlingModel.Var.INTAKE_OUTCOME, "REJECT",
        ReportHandlingModel.Var.REJECT_REASON, "NO_CLEAR_TARGET")))).isEqualTo("REJECT");
  }

  @Test
  void verificationRefusesAFutureInspectionAndShortFindings() {
    VerificationTask.Form form = verification.blank();
    assertThat(form.getInspectionDate()).isEqualTo(TODAY);
    form.setOutcome(VerificationOutcome.CONFIRMED);
    form.setInspectionDate(TODAY.plusDays(1));
    form.setFindings("太短");
    assertThat(problems(() -> verification.toVariables(form, TASK))).extracting(FieldProblem::field)
        .containsExactly("inspectionDate", "findings");
    form.setInspectionDate(TODAY);
    form.setFindings("厂区东侧排水口有暗管，现场取样超标。");
    assertThat(verification.toVariables(form, TASK)).containsEntry(ReportHandlingModel.Var.VERIFICATION_OUTCOME, "CONFIRMED")
        .containsEntry(ReportHandlingModel.Var.INSPECTION_DATE, "2026-12-05")
        .containsEntry(ReportHandlingModel.Var.FINDINGS, "厂区东侧排水口有暗管，现场取样超标。");
  }

  @Test
  void enforcementWithTwoItemsIsStoredInTheShapeRewardsRead() throws IOException {
    EnforcementDecisionTask.Form form = enforcement.blank();
    form.setPenaltyDecisionNumber("自环罚〔2026〕88号");
    fill(form.getItems().get(0), ViolationType.HAZARDOUS_WASTE, "150000", "1000000", EnforcementOutcome.FINE);
    EnforcementDecisionTask.Item second = new EnforcementDecisionTask.Item();
    fill(second, ViolationType.HIDDEN_PIPE, "300000", "1000000", EnforcementOutcome.FINE,
        EnforcementOutcome.ORDER_TO_CORRECT);
    form.getItems().add(second);
    String stored = (String) enforcement.toVariables(form, TASK).get(ReportHandlingModel.Var.ENFORCEMENT);
    TaskCompletion.Enforcement read = json().readValue(stored, TaskCompletion.Enforcement.class);
    assertThat(read.penaltyDecisionNumber()).isEqualTo("自环罚〔2026〕88号");
    assertThat(read.decisionDate()).isEqualTo(TODAY);
    assertThat(read.incidentGrade()).isEqualTo("NONE");
    assertThat(read.items()).extracting(TaskCompletion.ViolationItem::violationType)
        .containsExactly("HAZARDOUS_WASTE", "HIDDEN_PIPE");
    assertThat(read.items().get(1).outcomes()).containsExactly("FINE", "ORDER_TO_CORRECT");
  }

  @Test
  void enforcementNamesTheItemAndFieldOfEachProblem() {
    EnforcementDecisionTask.Form form = enforcement.fromCompletion(new TaskCompletion(null, null, null, null, null,
        null, null, null, new TaskCompletion.Enforcement(null, TODAY, List.of(
            new TaskCompletion.ViolationItem("HIDDEN_PIPE", List.of("FINE"), new BigDecimal("2000"), new BigDecimal("1000")),
            new TaskCompletion.ViolationItem("NO_SUCH_TYPE", List.of("FINE", "NO_SUCH_OUTCOME"), null, null)), null),
        null, null, null));
    assertThat(problems(() -> enforcement.toVariables(form, TASK))).containsExactly(
        new FieldProblem("enforcement.penaltyDecisionNumber", "report.error.required"),
        new FieldProblem("enforcement.items[0].statutoryMaxFine", "case.error.fineAboveMaximum"),
        new FieldProblem("enforcement.items[1].violationType", "task.error.choose"),
        new FieldProblem("enforcement.items[1].outcomes", "task.error.choose"),
        new FieldProblem("enforcement.items[1].fineAmount", "case.error.fineRequired"));
  }

  @Test
  void aClosureReturnNeedsItsReasonAndAnApprovalKeepsItsComment() {
    ClosureApprovalTask.Form form = closure.blank();
    form.setOutcome(ClosureOutcome.RETURN);
    assertThat(problems(() -> closure.toVariables(form, TASK)))
        .containsExactly(new FieldProblem("comment", "case.error.textLength", 2, 1000));
    form.setOutcome(ClosureOutcome.APPROVE);
    assertThat(closure.toVariables(form, TASK)).containsEntry(ReportHandlingModel.Var.CLOSURE_COMMENT, null);
    form.setComment("  核查充分，同意办结。 ");
    assertThat(closure.toVariables(form, TASK)).containsEntry(ReportHandlingModel.Var.CLOSURE_OUTCOME, "APPROVE")
        .containsEntry(ReportHandlingModel.Var.CLOSURE_COMMENT, "核查充分，同意办结。");
    assertThatThrownBy(() -> closure.check(task(Map.of(ReportHandlingModel.Var.CLOSURE_OUTCOME, "RETURN"))))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void anAppealDecisionTakesAnOptionalComment() {
    AppealReviewTask.Form form = appeal.fromCompletion(completion("UPHELD", null, null));
    assertThat(appeal.toVariables(form, TASK)).isEqualTo(Map.of(ReportHandlingModel.Var.APPEAL_OUTCOME, "UPHELD"));
  }

  @Test
  void extensionDaysStayWithinTheProvincesMaximum() {
    DeadlineCalculator deadlines = mock(DeadlineCalculator.class);
    when(deadlines.maxExtensionDays("510302")).thenReturn(30);
    ExtensionApprovalTask extension = new ExtensionApprovalTask(deadlines);
    ExtensionApprovalTask.Form form = extension.blank();
    form.setApproved(true);
    form.setDays(31);
    assertThat(problems(() -> extension.toVariables(form, TASK)))
        .containsExactly(new FieldProblem("days", "case.error.extensionDays", 30));
    form.setDays(20);
    assertThat(extension.toVariables(form, TASK)).isEqualTo(Map.of(ReportHandlingModel.Var.EXTENSION_APPROVED, true,
        ReportHandlingModel.Var.EXTENSION_DAYS, 20));
    assertThat(extension.check(task(Map.of(ReportHandlingModel.Var.EXTENSION_APPROVED, false)))).isEqualTo("REFUSED");
  }

  @Test
  void theRegistryRefusesAnotherTasksForm() {
    TaskForms forms = new TaskForms(List.of(intake, verification, closure));
    assertThat(forms.find(ReportHandlingModel.Task.VERIFICATION)).containsSame(verification);
    assertThat(problems(() -> forms.require(ReportHandlingModel.Task.VERIFICATION, ClosureApprovalTask.Form.class)))
        .containsExactly(new FieldProblem("task", "case.error.taskNotHere"));
  }

  @Test
  void everyMessageTheFormsUseIsInBothLanguages() throws IOException {
    for (String bundle : List.of("i18n/messages.properties", "i18n/messages_en.properties")) {
      Properties messages = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
        messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
      assertThat(messages).containsKeys("task.error.choose", "case.error.textLength", "case.error.extensionDays",
          "case.error.fineAboveMaximum", "case.error.fineRequired", "report.error.required");
      assertThat(messages.getProperty("task.error.choose")).doesNotContain("{0}");
    }
  }

  static void fill(EnforcementDecisionTask.Item item, ViolationType type, String fine, String max,
                   EnforcementOutcome... outcomes) {
    item.setViolationType(type);
    item.setOutcomes(new java.util.ArrayList<>(List.of(outcomes)));
    item.setFineAmount(new BigDecimal(fine));
    item.setStatutoryMaxFine(new BigDecimal(max));
  }

  static TaskCompletion completion(String outcome, String rejectReason, String message) {
    return new TaskCompletion(outcome, rejectReason, message, null, null, null, null, null, null, null, null, null);
  }

  static ObjectMapper json() {
    return new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
