package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.scenario.ApiTestSupport;
import org.greenwhistle.scenario.Receipt;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;

/** The reporter withdraws before acceptance, or appeals once against a rejection (REST). */
@BackendIT
@AutoConfigureMockMvc
class WithdrawAndAppealIT extends ApiTestSupport {
  @Autowired RuntimeService runtime;

  @Test
  void aReportNotYetAcceptedCanBeWithdrawnOnce() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/withdraw").header("X-Access-Key", receipt.key()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("WITHDRAWN"));
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(receipt.code()).count()).isZero();
    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/withdraw").header("X-Access-Key", receipt.key()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void anAcceptedReportCannotBeWithdrawn() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"), "{\"outcome\":\"ACCEPT\"}")
        .andExpect(status().isNoContent());
    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/withdraw").header("X-Access-Key", receipt.key())
            .header("Accept-Language", "en"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot be withdrawn")));
  }

  @Test
  void aRejectedReporterAppealsOnceAndAnUpheldAppealReturnsToIntake() throws Exception {
    Receipt receipt = submit(SampleReports.anonymousJson("510311"));
    complete(TestAccounts.INTAKE, claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview"),
        "{\"outcome\":\"REJECT\",\"rejectReason\":\"INSUFFICIENT_INFORMATION\"}").andExpect(status().isNoContent());
    assertThat(followUp(receipt).get("status").asText()).isEqualTo("REJECTED");

    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/appeal").header("X-Access-Key", receipt.key())
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"我已补充了视频证据，污染仍在继续。\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("APPEALED"));
    mvc.perform(post("/api/v1/reports/" + receipt.code() + "/appeal").header("X-Access-Key", receipt.key())
            .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"再次申诉，请复核。\"}"))
        .andExpect(status().isBadRequest());

    complete(TestAccounts.LEADER, claimTask(TestAccounts.LEADER, receipt.code(), "appealReview"),
        "{\"outcome\":\"UPHELD\",\"comment\":\"证据充分，重新受理\"}").andExpect(status().isNoContent());
    assertThat(followUp(receipt).get("status").asText()).isEqualTo("SUBMITTED");
    claimTask(TestAccounts.INTAKE, receipt.code(), "intakeReview");
  }
}
