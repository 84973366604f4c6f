package org.greenwhistle.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "bpmn/report-handling.bpmn")
class ReportHandlingProcessTest {

  @Test
  void aSubmittedReportWaitsForIntakeReviewByTheIntakeGroup() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey("report-handling", "GW-TEST-0001");

    assertThat(instance).isStarted().isWaitingAt("intakeReview");
    assertThat(task()).hasCandidateGroup("INTAKE");
    assertThat(instance).hasBusinessKey("GW-TEST-0001");

    complete(task());
    assertThat(instance).isEnded().hasPassed("intakeDecided");
  }
}
