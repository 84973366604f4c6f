package org.greenwhistle.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.Process;
import org.operaton.bpm.model.bpmn.instance.UserTask;

/**
 * The constants the backend uses for process, task and variable names are the models' names: a renamed task or
 * variable in a model (or a typo in a constant) fails here, not in a running case.
 */
class ProcessNamesTest {

  @Test
  void reportHandlingConstantsNameItsProcessAndEveryUserTask() throws Exception {
    BpmnModelInstance model = read("report-handling.bpmn");
    assertThat(processIds(model)).containsExactly(ReportHandlingModel.PROCESS_ID);
    assertThat(userTasks(model)).isEqualTo(constants(ReportHandlingModel.Task.class));
  }

  @Test
  void rewardConstantsNameItsProcessAndEveryUserTask() throws Exception {
    BpmnModelInstance model = read("reward.bpmn");
    assertThat(processIds(model)).containsExactly(RewardModel.PROCESS_ID);
    assertThat(userTasks(model)).isEqualTo(constants(RewardModel.Task.class));
  }

  @Test
  void theGatewaysReadTheDecisionVariablesTheFormsSet() throws Exception {
    String handling = Files.readString(Path.of("src/main/resources/bpmn/report-handling.bpmn"));
    for (String variable : Set.of(ReportHandlingModel.Var.INTAKE_OUTCOME, ReportHandlingModel.Var.APPEAL_OUTCOME,
        ReportHandlingModel.Var.VERIFICATION_OUTCOME, ReportHandlingModel.Var.CLOSURE_OUTCOME)) {
      assertThat(handling).as(variable).contains("${" + variable + " ");
    }
    assertThat(handling).contains("messageRef", "name=\"" + ReportHandlingModel.Message.EXTENSION_REQUESTED + "\"");
    String reward = Files.readString(Path.of("src/main/resources/bpmn/reward.bpmn"));
    for (String variable : Set.of(RewardModel.Var.SECOND_APPROVAL_OUTCOME, RewardModel.Var.FINANCE_OUTCOME)) {
      assertThat(reward).as(variable).contains("${" + variable + " ");
    }
    assertThat(reward).contains("${" + RewardModel.Var.REWARD_ELIGIBLE + "}", "${!" + RewardModel.Var.REWARD_ELIGIBLE + "}");
  }

  private static BpmnModelInstance read(String file) throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("src/main/resources/bpmn", file))) {
      return Bpmn.readModelFromStream(in);
    }
  }

  private static Set<String> processIds(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).map(Process::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> userTasks(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId).collect(Collectors.toSet());
  }

  private static Set<String> constants(Class<?> holder) {
    return Arrays.stream(holder.getDeclaredFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
        .map(ProcessNamesTest::value).collect(Collectors.toSet());
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
