package org.greenwhistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.scenario.Receipt;
import org.greenwhistle.scenario.ReportSpec;
import org.greenwhistle.scenario.StaffMembers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #21 (d): the leader finds a task claimed by an officer who is away in the team view and hands it to a
 * colleague chosen from those who hold the role there, with a reason; the officer is told (the mail in the demo's
 * outbox capture view).
 */
class TeamSupervisionBrowserIT extends BrowserTestBase {
  @Autowired StaffMembers staffMembers;
  @Autowired CaseworkService casework;

  @Test
  void aLeaderReassignsATaskClaimedByAnotherOfficerWhoIsTold() {
    String away = staffMembers.create("admin", "away", "休假执法员", "510311", Role.INVESTIGATOR);
    String colleague = staffMembers.create("admin", "relief", "接手执法员", "510311", Role.INVESTIGATOR);
    Receipt receipt = scenarios.acceptedCase(ReportSpec.anonymous().target("某电镀作坊").address("沿滩区某村"));
    String code = receipt.code();
    String shown = "GW-" + code.substring(2, 7) + "-" + code.substring(7);
    String taskId = scenarios.taskId(away, code, "verification");
    scenarios.as(away, () -> casework.claim(taskId));

    login("leader", "leader");
    open("/staff/team");
    waitFor("#team-home");
    waitFor("#team-officers");
    waitFor("#team-counties");
    type("#team-search", code);
    waitForText("#team-grid", shown);
    waitForText("#team-grid", away);
    screenshot("team-supervision");
    clickDisplayed("#team-grid .team-reassign[data-code='" + code + "']");
    // the dialog's content lives in its overlay
    waitForText("vaadin-dialog-overlay", away);
    chooseInSelectContaining("#reassign-colleague", colleague);
    type("#reassign-reason", "原办理人休假两周，由同区执法员接手");
    screenshot("team-reassign");
    clickButton("#reassign-confirm");
    waitForText("vaadin-notification-card", "已交给");
    waitForText("#team-grid", colleague);
    assertThat(driver.findElement(By.cssSelector("#team-grid")).getText()).doesNotContain(away);
    logout();

    // the officer who had claimed it is told by mail (read here in the demo's outbox capture view)
    login("admin", "admin");
    open("/admin/outbox");
    waitForText("#outbox-explain", "演示环境");
    clickCell("#outbox-grid", "任务已改派：案件 " + shown);
    String body = waitFor("#outbox-grid .outbox-body").getText();
    assertThat(body).contains(shown, "已改派给 " + colleague, "原办理人休假两周");
    assertThat(driver.findElement(By.cssSelector("#outbox-grid")).getText()).contains(StaffMembers.emailOf(away));
  }
}
