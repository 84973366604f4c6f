package org.greenwhistle.processes;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.Date;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.impl.mock.Mocks;

/**
 * Mockito-backed stand-ins for the delegate beans of the reward process, registered with {@link Mocks}; those that
 * matter to the flow imitate the variables the real backend delegates set. Shared by the reward tests and the test of
 * report-handling's call activity, so each test registers a fresh set (Mocks is reset after every test).
 */
final class RewardDelegates {

  static final Long REWARD_ID = 815L;
  static final int CLAIM_DAYS = 90;
  static final int CLAIM_WARNING_DAYS_BEFORE_DEADLINE = 14;

  /** What calculateRewardDelegate answers for {@code secondApprovalRequired}; tests set it before the calculation. */
  boolean secondApprovalRequired;

  final JavaDelegate openRewardDelegate;
  final JavaDelegate declineRewardDelegate;
  final JavaDelegate calculateRewardDelegate;
  final JavaDelegate reopenRewardReviewDelegate;
  final JavaDelegate grantRewardDelegate;
  final JavaDelegate remindUnclaimedRewardDelegate;
  final JavaDelegate forfeitRewardDelegate;
  final JavaDelegate closeRewardDelegate;
  final JavaDelegate recordSecondApprovalDelegate;

  private RewardDelegates() throws Exception {
    openRewardDelegate = register("openRewardDelegate", execution -> execution.setVariable("rewardId", REWARD_ID));
    calculateRewardDelegate = register("calculateRewardDelegate",
        execution -> execution.setVariable("secondApprovalRequired", secondApprovalRequired));
    grantRewardDelegate = register("grantRewardDelegate", execution -> {
      Date claimDeadline = plusDays(ClockUtil.getCurrentTime(), CLAIM_DAYS);
      execution.setVariable("claimDeadline", claimDeadline);
      execution.setVariable("claimWarningAt", plusDays(claimDeadline, -CLAIM_WARNING_DAYS_BEFORE_DEADLINE));
    });
    declineRewardDelegate = register("declineRewardDelegate", execution -> { });
    reopenRewardReviewDelegate = register("reopenRewardReviewDelegate", execution -> { });
    remindUnclaimedRewardDelegate = register("remindUnclaimedRewardDelegate", execution -> { });
    forfeitRewardDelegate = register("forfeitRewardDelegate", execution -> { });
    closeRewardDelegate = register("closeRewardDelegate", execution -> { });
    recordSecondApprovalDelegate = register("recordSecondApprovalDelegate", execution -> { });
  }

  /** Registers a fresh set of reward delegate mocks for the current test. */
  static RewardDelegates register() throws Exception {
    return new RewardDelegates();
  }

  /** All reward delegates, e.g. for {@code inOrder(...)} and {@code verifyNoMoreInteractions(...)}. */
  Object[] all() {
    return new Object[] {openRewardDelegate, declineRewardDelegate, calculateRewardDelegate,
        reopenRewardReviewDelegate, grantRewardDelegate, remindUnclaimedRewardDelegate, forfeitRewardDelegate,
        closeRewardDelegate};
  }

  /** A Mockito mock (so calls can be verified) that runs the given behaviour when executed. */
  private static JavaDelegate register(String beanName, JavaDelegate behaviour) throws Exception {
    JavaDelegate delegate = mock(JavaDelegate.class, beanName);
    doAnswer(invocation -> {
      behaviour.execute(invocation.getArgument(0));
      return null;
    }).when(delegate).execute(any());
    Mocks.register(beanName, delegate);
    return delegate;
  }

  static Date plusDays(Date date, int days) {
    return Date.from(date.toInstant().plus(Duration.ofDays(days)));
  }
}
