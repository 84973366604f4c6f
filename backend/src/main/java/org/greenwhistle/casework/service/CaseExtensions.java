package org.greenwhistle.casework.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.processes.ReportHandlingModel;
import org.greenwhistle.report.domain.ReportStatus;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Where a case's extension of the handling deadline stands, for the investigator's case page: whether one may be
 * requested (in the handling phase, not yet granted), the most days the province allows, and the leader's last
 * decision (or, while it is pending, what was asked for). Reads the case detail the caller was already allowed to see.
 */
@Service
@PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
public class CaseExtensions {
  private static final Set<ReportStatus> HANDLING = EnumSet.of(ReportStatus.ACCEPTED, ReportStatus.IN_VERIFICATION,
      ReportStatus.IN_ENFORCEMENT, ReportStatus.AWAITING_CLOSURE);

  /** The leader's last decision on a request. */
  public enum Decision { NONE, PENDING, APPROVED, REFUSED }

  /**
   * {@code days} and {@code newDue} belong to the last decision, or while PENDING {@code days} and {@code reason}
   * are what the investigator asked for (null when none).
   */
  public record State(boolean mayRequest, int maxDays, Decision decision, Integer days, Instant newDue,
                      String reason) {
  }

  private final DeadlineCalculator deadlines;
  private final RuntimeService runtime;
  private final ObjectMapper json;

  CaseExtensions(DeadlineCalculator deadlines, RuntimeService runtime, ObjectMapper json) {
    this.deadlines = deadlines;
    this.runtime = runtime;
    this.json = json;
  }

  public State of(CaseDetail c) {
    int max = deadlines.maxExtensionDays(c.regionCode());
    String pendingIn = c.openTasks().stream()
        .filter(t -> ReportHandlingModel.Task.EXTENSION_APPROVAL.equals(t.taskKey()))
        .map(t -> t.processInstanceId()).findFirst().orElse(null);
    boolean pending = pendingIn != null;
    CaseDecision last = c.decisions().stream()
        .filter(d -> ReportHandlingModel.Task.EXTENSION_APPROVAL.equals(d.taskKey()))
        .max(Comparator.comparing(CaseDecision::decidedAt)).orElse(null);
    boolean granted = c.decisions().stream().anyMatch(d -> ReportHandlingModel.Task.EXTENSION_APPROVAL.equals(d.taskKey())
        && "APPROVED".equals(d.outcome()));
    boolean mayRequest = HANDLING.contains(c.status()) && !pending && !granted;
    if (pending) {
      Object days = runtime.getVariable(pendingIn, ReportHandlingModel.Var.EXTENSION_DAYS);
      Object reason = runtime.getVariable(pendingIn, ReportHandlingModel.Var.EXTENSION_REASON);
      return new State(false, max, Decision.PENDING, days instanceof Number n ? n.intValue() : null, null,
          reason instanceof String r ? r : null);
    }
    if (last == null) {
      return new State(mayRequest, max, Decision.NONE, null, null, null);
    }
    JsonNode details = read(last.details());
    Integer days = details.hasNonNull("days") ? details.get("days").asInt() : null;
    Instant newDue = details.hasNonNull("newDue") ? Instant.parse(details.get("newDue").asText()) : null;
    return new State(mayRequest, max, "APPROVED".equals(last.outcome()) ? Decision.APPROVED : Decision.REFUSED, days,
        newDue, null);
  }

  private JsonNode read(String details) {
    try {
      return details == null ? json.createObjectNode() : json.readTree(details);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }
}
