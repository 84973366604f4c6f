package org.greenwhistle.processes;

import static org.greenwhistle.processes.testing.BpmnAwareTests.complete;
import static org.greenwhistle.processes.testing.BpmnAwareTests.historyService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.runtimeService;
import static org.greenwhistle.processes.testing.BpmnAwareTests.task;
import static org.greenwhistle.processes.testing.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.impl.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Shared fixture for the reward process tests: a fixed engine clock, the reward delegate mocks and small helpers that
 * drive the process the way the application does (task completions with the form's variables, the claim message
 * correlated by process instance id).
 */
abstract class RewardTestSupport {

  static final String PROCESS_KEY = RewardModel.PROCESS_ID;
  static final String REWARD_CLAIMED = "RewardClaimed";
  static final String TRACKING_CODE = "GW0000000001";
  static final Long REPORT_ID = 4711L;
  static final String REGION_CODE = "510311";

  /** Whole seconds, so due dates survive the round trip through the database unchanged. */
  static final Date NOW = Date.from(Instant.parse("2025-03-03T09:00:00Z"));

  RewardDelegates delegates;

  @BeforeEach
  void fixClockAndRegisterDelegates() throws Exception {
    ClockUtil.setCurrentTime(NOW);
    delegates = RewardDelegates.register();
  }

  @AfterEach
  void resetClockAndMocks() {
    Mocks.reset();
    ClockUtil.reset();
  }

  static Date daysFromNow(int days) {
    return RewardDelegates.plusDays(ClockUtil.getCurrentTime(), days);
  }

  // ---------------------------------------------------------------- driving the process

  /** As report-handling's call activity starts it. */
  ProcessInstance requestReward() {
    return start(false);
  }

  /** As the application starts it after an arrest or conviction is recorded on a closed case (追加奖励). */
  ProcessInstance requestSupplementaryReward() {
    return start(true);
  }

  private ProcessInstance start(boolean supplementary) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, TRACKING_CODE,
        withVariables("reportId", REPORT_ID, "regionCode", REGION_CODE, "supplementary", supplementary));
  }

  void reviewEligible(ProcessInstance instance) {
    complete(task("rewardReview", instance), withVariables(
        "rewardEligible", true, "excludedPerson", false, "falseIdentity", false, "alreadyKnown", false,
        "contributionGrade", 2, "insider", false,
        "proposedAmount", "3000.00", "amountReason", "Evidence led directly to the fine"));
  }

  void reviewNotEligible(ProcessInstance instance) {
    complete(task("rewardReview", instance), withVariables(
        "rewardEligible", false, "excludedPerson", false, "falseIdentity", false, "alreadyKnown", true,
        "contributionGrade", 1, "insider", false));
  }

  void decideSecondApproval(ProcessInstance instance, String secondApprovalOutcome) {
    complete(task("rewardSecondApproval", instance), withVariables(
        "secondApprovalOutcome", secondApprovalOutcome, "secondApprovalComment", "checked"));
  }

  void decideFinance(ProcessInstance instance, String financeOutcome) {
    complete(task("financeApproval", instance), withVariables(
        "financeOutcome", financeOutcome, "financeComment", "budget line 2025-ENV"));
  }

  void claim(ProcessInstance instance) {
    runtimeService().createMessageCorrelation(REWARD_CLAIMED).processInstanceId(instance.getId()).correlate();
  }

  void recordPayout(ProcessInstance instance) {
    complete(task("recordPayout", instance), withVariables(
        "paymentReference", "ALIPAY-20250303-0001", "paymentDate", "2025-03-10"));
  }

  /** An eligible reward without second approval, approved by finance and granted: the reporter may claim it. */
  ProcessInstance grantedReward() {
    ProcessInstance instance = requestReward();
    reviewEligible(instance);
    decideFinance(instance, "APPROVE");
    return instance;
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
