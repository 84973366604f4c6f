package org.greenwhistle.processes.testing;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.MapAssert;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.runtime.ActivityInstance;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.JobQuery;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.runtime.TransitionInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

/**
 * The part of camunda-bpm-assert's {@code BpmnAwareTests} these tests use, on the engine of
 * {@link ProcessEngineExtension} (Operaton 1.0.3's {@code operaton-bpm-assert} is not served here).
 */
public final class BpmnAwareTests {
  private BpmnAwareTests() {
  }

  public static RuntimeService runtimeService() {
    return ProcessEngineExtension.engine().getRuntimeService();
  }

  public static HistoryService historyService() {
    return ProcessEngineExtension.engine().getHistoryService();
  }

  public static ManagementService managementService() {
    return ProcessEngineExtension.engine().getManagementService();
  }

  public static JobQuery jobQuery() {
    return managementService().createJobQuery();
  }

  public static Map<String, Object> withVariables(Object... keysAndValues) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return variables;
  }

  /** The instance's single open task of the given activity. */
  public static Task task(String activityId, ProcessInstance instance) {
    Task task = ProcessEngineExtension.engine().getTaskService().createTaskQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
    Assertions.assertThat(task).as("open task %s", activityId).isNotNull();
    return task;
  }

  public static void complete(Task task, Map<String, Object> variables) {
    ProcessEngineExtension.engine().getTaskService().complete(task.getId(), variables);
  }

  public static void complete(Task task) {
    complete(task, Map.of());
  }

  /** The instance's single job at the given activity. */
  public static Job job(String activityId, ProcessInstance instance) {
    Job job = jobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
    Assertions.assertThat(job).as("job at %s", activityId).isNotNull();
    return job;
  }

  public static void execute(Job job) {
    managementService().executeJob(job.getId());
  }

  /** The running instance of the given process that the given instance called. */
  public static ProcessInstance calledProcessInstance(String processDefinitionKey, ProcessInstance caller) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processDefinitionKey(processDefinitionKey).singleResult();
  }

  public static ProcessInstanceAssert assertThat(ProcessInstance instance) {
    return new ProcessInstanceAssert(instance);
  }

  public static TaskAssert assertThat(Task task) {
    return new TaskAssert(task);
  }

  public static JobAssert assertThat(Job job) {
    return new JobAssert(job);
  }

  public static final class ProcessInstanceAssert extends AbstractAssert<ProcessInstanceAssert, ProcessInstance> {
    ProcessInstanceAssert(ProcessInstance actual) {
      super(actual, ProcessInstanceAssert.class);
    }

    public ProcessInstanceAssert isStarted() {
      isNotNull();
      Assertions.assertThat(historyService().createHistoricProcessInstanceQuery()
          .processInstanceId(actual.getId()).count()).as("instance started").isEqualTo(1);
      return this;
    }

    public ProcessInstanceAssert isEnded() {
      isStarted();
      Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(actual.getId()).count())
          .as("instance %s ended, waiting at %s", actual.getId(), waitingAt()).isZero();
      return this;
    }

    public ProcessInstanceAssert hasBusinessKey(String businessKey) {
      Assertions.assertThat(actual.getBusinessKey()).isEqualTo(businessKey);
      return this;
    }

    /** Waits at all of these activities (a scope such as a sub-process counts while one of its activities waits). */
    public ProcessInstanceAssert isWaitingAt(String... activityIds) {
      Assertions.assertThat(waitingAt()).contains(activityIds);
      return this;
    }

    public ProcessInstanceAssert isWaitingAtExactly(String... activityIds) {
      Assertions.assertThat(waitingAt()).containsExactlyInAnyOrder(activityIds);
      return this;
    }

    /** Each of these activities was completed at least once. */
    public ProcessInstanceAssert hasPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("passed activities").contains(activityIds);
      return this;
    }

    public ProcessInstanceAssert hasNotPassed(String... activityIds) {
      Assertions.assertThat(passed()).as("passed activities").doesNotContain(activityIds);
      return this;
    }

    /** These activities were completed in this order (other activities may lie between). */
    public ProcessInstanceAssert hasPassedInOrder(String... activityIds) {
      Assertions.assertThat(passed()).as("passed activities in order").containsSubsequence(activityIds);
      return this;
    }

    /** Waits for these messages (an open message subscription of the instance). */
    public ProcessInstanceAssert isWaitingFor(String... messageNames) {
      List<String> waitingFor = new ArrayList<>();
      runtimeService().createEventSubscriptionQuery().processInstanceId(actual.getId()).eventType("message").list()
          .forEach(e -> waitingFor.add(e.getEventName()));
      Assertions.assertThat(waitingFor).as("messages waited for").contains(messageNames);
      return this;
    }

    /** Holds variables of these names (at the end, in the history). */
    public ProcessInstanceAssert hasVariables(String... names) {
      Assertions.assertThat(variableMap()).containsKeys(names);
      return this;
    }

    /** The instance's variables (at the end, their last values in the history). */
    public MapAssert<String, Object> variables() {
      return Assertions.assertThat(variableMap());
    }

    private Map<String, Object> variableMap() {
      isNotNull();
      if (runtimeService().createProcessInstanceQuery().processInstanceId(actual.getId()).count() > 0) {
        return runtimeService().getVariables(actual.getId());
      }
      Map<String, Object> variables = new HashMap<>();
      historyService().createHistoricVariableInstanceQuery().processInstanceId(actual.getId()).list()
          .forEach(v -> variables.put(v.getName(), v.getValue()));
      return variables;
    }

    private Set<String> waitingAt() {
      Set<String> ids = new LinkedHashSet<>();
      ActivityInstance root = runtimeService().getActivityInstance(actual.getId());
      if (root != null) {
        collect(root, ids);
      }
      return ids;
    }

    private static void collect(ActivityInstance scope, Set<String> ids) {
      for (ActivityInstance child : scope.getChildActivityInstances()) {
        ids.add(child.getActivityId());
        collect(child, ids);
      }
      for (TransitionInstance transition : scope.getChildTransitionInstances()) {
        ids.add(transition.getActivityId());
      }
    }

    private List<String> passed() {
      List<String> ids = new ArrayList<>();
      for (HistoricActivityInstance activity : historyService().createHistoricActivityInstanceQuery()
          .processInstanceId(actual.getId()).finished().orderPartiallyByOccurrence().asc().list()) {
        ids.add(activity.getActivityId());
      }
      return ids;
    }
  }

  public static final class TaskAssert extends AbstractAssert<TaskAssert, Task> {
    TaskAssert(Task actual) {
      super(actual, TaskAssert.class);
    }

    public TaskAssert hasCandidateGroup(String group) {
      isNotNull();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : ProcessEngineExtension.engine().getTaskService().getIdentityLinksForTask(actual.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
      }
      Assertions.assertThat(groups).as("candidate groups of %s", actual.getTaskDefinitionKey()).contains(group);
      return this;
    }

    public TaskAssert hasDueDate(Date dueDate) {
      isNotNull();
      Assertions.assertThat(actual.getDueDate()).as("due date of %s", actual.getTaskDefinitionKey()).isEqualTo(dueDate);
      return this;
    }
  }

  public static final class JobAssert extends AbstractAssert<JobAssert, Job> {
    JobAssert(Job actual) {
      super(actual, JobAssert.class);
    }

    public JobAssert hasDueDate(Date dueDate) {
      isNotNull();
      Assertions.assertThat(actual.getDuedate()).as("due date of the job").isEqualTo(dueDate);
      return this;
    }
  }
}
