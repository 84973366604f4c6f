package org.greenwhistle.casework.service;

import static org.greenwhistle.processes.ReportHandlingModel.Var.ENFORCEMENT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenwhistle.casework.domain.CaseEnums.EnforcementOutcome;
import org.greenwhistle.casework.domain.CaseEnums.IncidentGrade;
import org.greenwhistle.casework.domain.CaseEnums.ViolationType;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.domain.TaskCompletion;
import org.greenwhistle.common.money.Money;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.processes.ReportHandlingModel;
import org.operaton.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * INVESTIGATOR records the penalty decision: its number and date, one or more violation items (type, outcomes,
 * fine, statutory maximum) and the incident grade. Stored as one JSON variable that rewards price item by item.
 */
@Component
public class EnforcementDecisionTask extends BasicTaskForm<EnforcementDecisionTask.Form> {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final int MAX_ITEMS = 20;
  private static final String PREFIX = "enforcement.";

  /** The name problems use for a field of the decision (the REST API's path to it). */
  public static String field(String name) {
    return PREFIX + name;
  }

  /** The name problems use for a field of the {@code index}th violation item. */
  public static String itemField(int index, String name) {
    return PREFIX + "items[" + index + "]." + name;
  }

  /** The penalty decision. */
  public static class Form {
    private String penaltyDecisionNumber;
    private LocalDate decisionDate;
    private List<Item> items = new ArrayList<>();
    private IncidentGrade incidentGrade = IncidentGrade.NONE;

    public String getPenaltyDecisionNumber() {
      return penaltyDecisionNumber;
    }

    public void setPenaltyDecisionNumber(String penaltyDecisionNumber) {
      this.penaltyDecisionNumber = penaltyDecisionNumber;
    }

    public LocalDate getDecisionDate() {
      return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
      this.decisionDate = decisionDate;
    }

    public List<Item> getItems() {
      return items;
    }

    public void setItems(List<Item> items) {
      this.items = items == null ? new ArrayList<>() : items;
    }

    public IncidentGrade getIncidentGrade() {
      return incidentGrade;
    }

    public void setIncidentGrade(IncidentGrade incidentGrade) {
      this.incidentGrade = incidentGrade;
    }
  }

  /** One violation item; a null entry in {@code outcomes} is an outcome an API client named wrongly. */
  public static class Item {
    private ViolationType violationType;
    private List<EnforcementOutcome> outcomes = new ArrayList<>();
    private BigDecimal fineAmount;
    private BigDecimal statutoryMaxFine;

    public ViolationType getViolationType() {
      return violationType;
    }

    public void setViolationType(ViolationType violationType) {
      this.violationType = violationType;
    }

    public List<EnforcementOutcome> getOutcomes() {
      return outcomes;
    }

    public void setOutcomes(List<EnforcementOutcome> outcomes) {
      this.outcomes = outcomes == null ? new ArrayList<>() : outcomes;
    }

    public BigDecimal getFineAmount() {
      return fineAmount;
    }

    public void setFineAmount(BigDecimal fineAmount) {
      this.fineAmount = fineAmount;
    }

    public BigDecimal getStatutoryMaxFine() {
      return statutoryMaxFine;
    }

    public void setStatutoryMaxFine(BigDecimal statutoryMaxFine) {
      this.statutoryMaxFine = statutoryMaxFine;
    }
  }

  private final ObjectMapper json;
  private final Clock clock;

  EnforcementDecisionTask(ObjectMapper json, Clock clock) {
    super(ReportHandlingModel.Task.ENFORCEMENT_DECISION, Role.INVESTIGATOR, Form.class, Form::new);
    this.json = json;
    this.clock = clock;
  }

  @Override
  public Form blank() {
    Form f = new Form();
    f.setDecisionDate(LocalDate.now(clock.withZone(CHINA)));
    f.getItems().add(new Item());
    return f;
  }

  @Override
  public Form fromCompletion(TaskCompletion c) {
    Form f = new Form();
    TaskCompletion.Enforcement e = c.enforcement();
    if (e == null) {
      f.setItems(null);
      f.setIncidentGrade(null);
      return f;
    }
    f.setPenaltyDecisionNumber(e.penaltyDecisionNumber());
    f.setDecisionDate(e.decisionDate());
    f.setIncidentGrade(e.incidentGrade() == null ? IncidentGrade.NONE : TaskChecks.parse(e.incidentGrade(), IncidentGrade.class));
    for (TaskCompletion.ViolationItem i : e.items() == null ? List.<TaskCompletion.ViolationItem>of() : e.items()) {
      Item item = new Item();
      item.setViolationType(TaskChecks.parse(i.violationType(), ViolationType.class));
      List<EnforcementOutcome> outcomes = new ArrayList<>();
      (i.outcomes() == null ? List.<String>of() : i.outcomes())
          .forEach(o -> outcomes.add(TaskChecks.parse(o, EnforcementOutcome.class)));
      item.setOutcomes(outcomes);
      item.setFineAmount(i.fineAmount());
      item.setStatutoryMaxFine(i.statutoryMaxFine());
      f.getItems().add(item);
    }
    return f;
  }

  @Override
  public Map<String, Object> toVariables(Form f, CaseTask task) {
    List<FieldProblem> p = new ArrayList<>();
    List<Item> items = f.getItems();
    boolean penalty = items.stream().anyMatch(i -> i.getOutcomes().stream()
        .anyMatch(o -> o != null && o != EnforcementOutcome.NO_PENALTY));
    String number = f.getPenaltyDecisionNumber() == null ? "" : f.getPenaltyDecisionNumber().strip();
    if (penalty && (number.isEmpty() || number.length() > 100)) {
      p.add(new FieldProblem(field("penaltyDecisionNumber"), "report.error.required"));
    }
    if (penalty && (f.getDecisionDate() == null || f.getDecisionDate().isAfter(LocalDate.now(clock.withZone(CHINA))))) {
      p.add(new FieldProblem(field("decisionDate"), "case.error.decisionDate"));
    }
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      p.add(new FieldProblem(field("items"), "case.error.itemsRequired"));
    }
    for (int n = 0; n < items.size(); n++) {
      checkItem(p, n, items.get(n));
    }
    TaskChecks.chosen(p, field("incidentGrade"), f.getIncidentGrade());
    if (!p.isEmpty()) {
      throw new InvalidInputException(p, false);
    }
    return Map.of(ENFORCEMENT, write(f, number));
  }

  private static void checkItem(List<FieldProblem> p, int index, Item item) {
    TaskChecks.chosen(p, itemField(index, "violationType"), item.getViolationType());
    if (item.getOutcomes().isEmpty()) {
      p.add(new FieldProblem(itemField(index, "outcomes"), "case.error.outcomesRequired"));
    } else if (item.getOutcomes().contains(null)) {
      p.add(new FieldProblem(itemField(index, "outcomes"), "task.error.choose"));
    }
    boolean fined = item.getOutcomes().contains(EnforcementOutcome.FINE)
        || item.getOutcomes().contains(EnforcementOutcome.DAILY_FINE);
    BigDecimal fine = item.getFineAmount();
    BigDecimal max = item.getStatutoryMaxFine();
    if (fined && (fine == null || fine.signum() <= 0)) {
      p.add(new FieldProblem(itemField(index, "fineAmount"), "case.error.fineRequired"));
    }
    if (!Money.plausible(fine) || !Money.plausible(max)) {
      p.add(new FieldProblem(itemField(index, "fineAmount"), "case.error.amountInvalid"));
      return;
    }
    if (fine != null && fine.signum() < 0 || max != null && max.signum() < 0) {
      p.add(new FieldProblem(itemField(index, "fineAmount"), "case.error.amountNegative"));
    }
    if (fine != null && max != null && fine.compareTo(max) > 0) {
      p.add(new FieldProblem(itemField(index, "statutoryMaxFine"), "case.error.fineAboveMaximum"));
    }
  }

  /** The JSON shape rewards and the decision records read (unchanged: running cases carry it). */
  private String write(Form f, String number) {
    List<TaskCompletion.ViolationItem> items = f.getItems().stream().map(i -> new TaskCompletion.ViolationItem(
        i.getViolationType().name(), i.getOutcomes().stream().filter(Objects::nonNull).map(Enum::name).toList(),
        i.getFineAmount(), i.getStatutoryMaxFine())).toList();
    try {
      return json.writeValueAsString(new TaskCompletion.Enforcement(number.isEmpty() ? null : number,
          f.getDecisionDate(), items, f.getIncidentGrade().name()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String check(DelegateTask task) {
    TaskChecks.text(task, ENFORCEMENT, 2, 20000);
    return "RECORDED";
  }
}
