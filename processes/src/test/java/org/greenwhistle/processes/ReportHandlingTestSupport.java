package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenwhistle.processes.testing.BpmnAwareTests.complete;
import static org.greenwhistle.processes.testing.BpmnAwareTests.historyService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.managementService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.runtimeService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.greenwhistle.processes.testing.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.operaton.bpm.engine.delegate.DelegateExecution;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.impl.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared fixture for the report-handling process tests: a fixed engine clock, Mockito-backed stand-ins for every
 * delegate bean (those that matter to the flow imitate the variables the real backend delegates set) and small
 * helpers that drive the process the way the application does.
 */
abstract class ReportHandlingTestSupport {

  static final String PROCESS_KEY = ReportHandlingModel.PROCESS_ID;
  static final String TRACKING_CODE = "GW0000000001";
  static final Long REPORT_ID = 4711L;
  static final String REGION_CODE = "510311";

  /** Whole seconds, so due dates survive the round trip through the database unchanged. */
  static final Date NOW = Date.from(Instant.parse("2025-03-03T09:00:00Z"));

  JavaDelegate scheduleIntakeDelegate;
  JavaDelegate resumeIntakeDelegate;
  JavaDelegate acceptReportDelegate;
  JavaDelegate applyAppealDecisionDelegate;
  JavaDelegate applyExtensionDelegate;
  JavaDelegate rejectReportDelegate;
  JavaDelegate requestInformationDelegate;
  JavaDelegate linkDuplicateDelegate;
  JavaDelegate transferCaseDelegate;
  JavaDelegate withdrawReportDelegate;
  JavaDelegate recordVerificationDelegate;
  JavaDelegate recordEnforcementDelegate;
  JavaDelegate closeCaseDelegate;
  JavaDelegate recordClosureReturnDelegate;
  JavaDelegate sendReminderDelegate;
  JavaDelegate escalateOverdueDelegate;
  RewardDelegates rewardDelegates;

  @BeforeEach
  void fixClockAndRegisterDelegates() throws Exception {
    ClockUtil.setCurrentTime(NOW);

    scheduleIntakeDelegate = register("scheduleIntakeDelegate", execution -> {
      Date intakeDue = daysFromNow(15);
      execution.setVariable("intakeDue", intakeDue);
      execution.setVariable("intakeReminderAt", plusDays(intakeDue, -2));
    });
    resumeIntakeDelegate = register("resumeIntakeDelegate", execution -> {
      Date intakeDue = plusDays((Date) execution.getVariable("intakeDue"), 5);
      execution.setVariable("intakeDue", intakeDue);
      execution.setVariable("intakeReminderAt", plusDays(intakeDue, -2));
    });
    acceptReportDelegate = register("acceptReportDelegate", execution -> {
      Date handlingDue = daysFromNow(60);
      execution.setVariable("handlingDue", handlingDue);
      execution.setVariable("handlingReminderAt", plusDays(handlingDue, -5));
    });
    applyAppealDecisionDelegate = register("applyAppealDecisionDelegate",
        execution -> execution.setVariable("appealUsed", true));

    applyExtensionDelegate = register("applyExtensionDelegate", this::noOp);
    rejectReportDelegate = register("rejectReportDelegate", this::noOp);
    requestInformationDelegate = register("requestInformationDelegate", this::noOp);
    linkDuplicateDelegate = register("linkDuplicateDelegate", this::noOp);
    transferCaseDelegate = register("transferCaseDelegate", this::noOp);
    withdrawReportDelegate = register("withdrawReportDelegate", this::noOp);
    recordVerificationDelegate = register("recordVerificationDelegate", this::noOp);
    recordEnforcementDelegate = register("recordEnforcementDelegate", this::noOp);
    closeCaseDelegate = register("closeCaseDelegate", this::noOp);
    recordClosureReturnDelegate = register("recordClosureReturnDelegate", this::noOp);
    sendReminderDelegate = register("sendReminderDelegate", this::noOp);
    escalateOverdueDelegate = register("escalateOverdueDelegate", this::noOp);
    rewardDelegates = RewardDelegates.register();
    Mocks.register("caseDurations", new CaseDurations());
  }

  @AfterEach
  void resetClockAndMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  /** A Mockito mock (so calls can be verified) that runs the given behaviour when executed. */
  /** The app's {@code caseDurations} bean with the durations these tests expect. */
  public static class CaseDurations {
    public String infoWait() {
      return "P15D";
    }

    public String appealWindow() {
      return "P30D";
    }
  }

  private static JavaDelegate register(String beanName, JavaDelegate behaviour) throws Exception {
    JavaDelegate delegate = mock(JavaDelegate.class, beanName);
    doAnswer(invocation -> {
      behaviour.execute(invocation.getArgument(0));
      return null;
    }).when(delegate).execute(any());
    Mocks.register(beanName, delegate);
    return delegate;
  }

  private void noOp(DelegateExecution execution) {
  }

  static Date daysFromNow(int days) {
    return plusDays(ClockUtil.getCurrentTime(), days);
  }

  static Date plusDays(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }

  // ---------------------------------------------------------------- driving the process

  ProcessInstance submitReport(boolean wantsReward) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_CODE,
        withVariables("reportId", REPORT_ID, "regionCode", REGION_CODE, "wantsReward", wantsReward));
  }

  ProcessInstance submitReport() {
    return submitReport(false);
  }

  ProcessInstance acceptedReport(boolean wantsReward) {
    ProcessInstance instance = submitReport(wantsReward);
    decideIntake(instance, "ACCEPT");
    return instance;
  }

  ProcessInstance rejectedReport() {
    ProcessInstance instance = submitReport();
    decideIntake(instance, "REJECT");
    return instance;
  }

  void decideIntake(ProcessInstance instance, String intakeOutcome) {
    complete(task("intakeReview", instance), withVariables("intakeOutcome", intakeOutcome));
  }

  void completeVerification(ProcessInstance instance, String verificationOutcome) {
    complete(task("verification", instance), withVariables("verificationOutcome", verificationOutcome));
  }

  void decideEnforcement(ProcessInstance instance) {
    complete(task("enforcementDecision", instance), withVariables("enforcementMeasure", "FINE"));
  }

  void decideClosure(ProcessInstance instance, String closureOutcome) {
    complete(task("closureApproval", instance), withVariables("closureOutcome", closureOutcome));
  }

  void reviewAppeal(ProcessInstance instance, String appealOutcome) {
    complete(task("appealReview", instance), withVariables("appealOutcome", appealOutcome));
  }

  void correlate(String messageName) {
    runtimeService().createMessageCorrelation(messageName).processInstanceBusinessKey(TRACKING_CODE).correlate();
  }

  /** The single timer job of the given boundary/intermediate timer event. */
  Job timerJob(ProcessInstance instance, String activityId) {
    Job job = managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .singleResult();
    assertThat(job).as("timer job of %s", activityId).isNotNull();
    return job;
  }

  boolean hasTimerJob(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .count() > 0;
  }

  Date dateVariable(ProcessInstance instance, String name) {
    return (Date) runtimeService().getVariable(instance.getId(), name);
  }

  /** How often the given activity was entered so far (running or finished). */
  static long passCount(ProcessInstance instance, String activityId) {
    return historyService().createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId())
        .activityId(activityId)
        .count();
  }
}
