package org.greenwhistle.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.base.ui.UploadTexts;
import org.greenwhistle.casework.domain.CaseDetail;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.service.AppealReviewTask;
import org.greenwhistle.casework.service.CaseExtensions;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.casework.service.ClosureApprovalTask;
import org.greenwhistle.casework.service.EnforcementDecisionTask;
import org.greenwhistle.casework.service.ExtensionApprovalTask;
import org.greenwhistle.casework.service.IntakeReviewTask;
import org.greenwhistle.casework.service.VerificationTask;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.processes.ReportHandlingModel;
import org.greenwhistle.processes.RewardModel;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportStatus;
import org.greenwhistle.report.service.CaseEvidenceService;
import org.greenwhistle.report.service.EvidenceUpload;

/**
 * The case page's task area: each open task of my roles with claim / give back, and my claimed task's form
 * (one panel per task, bound to the task's typed form). Reward steps open the rewards feature's page.
 */
public class CaseTaskArea extends VerticalLayout {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(InboxView.CHINA);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(InboxView.CHINA);

  private final transient CaseworkService casework;
  private final transient CaseExtensions extensions;
  private final transient RegionService regions;
  private final transient CaseEvidenceService evidence;
  private final Runnable refresh;

  public CaseTaskArea(CaseDetail c, CaseworkService casework, CaseExtensions extensions, RegionService regions,
                      CaseEvidenceService evidence, AuthenticationContext authentication, Runnable refresh) {
    this.casework = casework;
    this.extensions = extensions;
    this.regions = regions;
    this.evidence = evidence;
    this.refresh = refresh;
    setId("case-task");
    String me = authentication.getAuthenticatedUser(AccountPrincipal.class).map(AccountPrincipal::getUsername).orElse("");
    for (CaseTask t : c.openTasks()) {
      if (!authentication.hasRole(t.role())) {
        continue;
      }
      H3 heading = new H3(getTranslation("task." + t.taskKey()));
      boolean rewardStep = RewardModel.Task.REWARD_REVIEW.equals(t.taskKey())
          || RewardModel.Task.REWARD_SECOND_APPROVAL.equals(t.taskKey());
      if (rewardStep && (t.assignee() == null || t.assignee().equals(me))) {
        add(heading, rewardLink(t));
      } else if (t.assignee() == null) {
        Button claim = new Button(getTranslation("case.claim"), e -> act(() -> casework.claim(t.taskId())));
        claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        claim.setId("claim-" + t.taskKey());
        add(heading, claim);
      } else if (t.assignee().equals(me)) {
        Button unclaim = new Button(getTranslation("case.unclaim"), e -> act(() -> casework.unclaim(t.taskId())));
        unclaim.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        unclaim.setId("unclaim-" + t.taskKey());
        add(heading, unclaim, panel(c, t));
      } else {
        add(heading, new Span(getTranslation("inbox.claimedBy", t.assignee())));
      }
    }
    if (authentication.hasRole("INVESTIGATOR")) {
      extension(c, extensions.of(c));
    }
    if (c.status() == ReportStatus.CLOSED && authentication.hasAnyRole("INVESTIGATOR", "LEADER")) {
      add(new H3(getTranslation("criminal.heading")), new CriminalOutcomePanel(
          f -> casework.recordCriminalOutcome(c.trackingCode(), f.getOutcome(), f.getDate()), refresh));
    }
  }

  /** The handling deadline's extension: the leader's decision on my request, or the request form. */
  private void extension(CaseDetail c, CaseExtensions.State state) {
    if (!state.mayRequest() && state.decision() == CaseExtensions.Decision.NONE) {
      return;
    }
    add(new H3(getTranslation("extension.heading")));
    if (state.decision() != CaseExtensions.Decision.NONE) {
      Span decided = new Span(switch (state.decision()) {
        case PENDING -> getTranslation("extension.pending");
        case APPROVED -> getTranslation("extension.approved", state.days(),
            DAY.format(state.newDue()));
        default -> getTranslation("extension.refused");
      });
      decided.setId("extension-state");
      add(decided);
    }
    if (state.mayRequest()) {
      add(new ExtensionRequestPanel(state.maxDays(), f -> casework.requestExtension(c.trackingCode(),
          f.getDays() == null ? 0 : f.getDays(), f.getReason()), refresh));
    }
  }

  /** The task's own form panel, started from the task's blank form. */
  private Component panel(CaseDetail c, CaseTask t) {
    Object blank = casework.blankForm(t.taskId());
    return switch (t.taskKey()) {
      case ReportHandlingModel.Task.INTAKE_REVIEW -> new IntakeReviewPanel((IntakeReviewTask.Form) blank, regions,
          f -> casework.submit(t.taskId(), f), refresh);
      case ReportHandlingModel.Task.VERIFICATION -> new VerificationPanel((VerificationTask.Form) blank,
          closureReturns(c), photos(c.trackingCode()), f -> casework.submit(t.taskId(), f), refresh);
      case ReportHandlingModel.Task.ENFORCEMENT_DECISION -> new EnforcementDecisionPanel(
          (EnforcementDecisionTask.Form) blank, f -> casework.submit(t.taskId(), f), refresh);
      case ReportHandlingModel.Task.CLOSURE_APPROVAL -> new ClosureApprovalPanel((ClosureApprovalTask.Form) blank,
          f -> casework.submit(t.taskId(), f), refresh);
      case ReportHandlingModel.Task.APPEAL_REVIEW -> new AppealReviewPanel((AppealReviewTask.Form) blank,
          f -> casework.submit(t.taskId(), f), refresh);
      case ReportHandlingModel.Task.EXTENSION_APPROVAL -> new ExtensionApprovalPanel(
          (ExtensionApprovalTask.Form) blank, extensions.of(c), f -> casework.submit(t.taskId(), f), refresh);
      default -> new Span(getTranslation("case.error.taskNotHere"));
    };
  }

  /** The reward steps have their own page (the rewards feature owns their form). */
  private Component rewardLink(CaseTask t) {
    Button open = new Button(getTranslation("reward.open"),
        e -> getUI().ifPresent(ui -> ui.navigate("staff/reward/" + t.taskId())));
    open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    open.setId("open-reward-" + t.taskKey());
    return open;
  }

  /** Every reason a leader gave for returning the closure, so the investigator knows what to verify again. */
  private Component closureReturns(CaseDetail c) {
    UnorderedList list = new UnorderedList();
    list.setId("form-closure-returns");
    c.timeline().stream().filter(e -> "CLOSURE_RETURNED".equals(e.type()) && e.note() != null)
        .forEach(e -> list.add(new ListItem(TIME.format(e.occurredAt()) + "  " + e.note())));
    VerticalLayout box = new VerticalLayout(new Span(getTranslation("verification.closureReturns")), list);
    box.setPadding(false);
    box.setVisible(list.getChildren().findAny().isPresent());
    return box;
  }

  /** Site photos, saved to the case as soon as they arrive (not with the form). */
  private Component photos(String code) {
    Upload photos = new Upload(UploadHandler.toTempFile((metadata, file) -> {
      UI ui = getUI().orElse(null);
      if (ui != null) {
        ui.access(() -> {
          try {
            evidence.attachStaffEvidence(code, List.of(new EvidenceUpload(metadata.fileName(), file.toPath())));
            Notification.show(getTranslation("verification.photoSaved", metadata.fileName()));
          } catch (InvalidInputException e) {
            ProblemNotification.open("case-error", e.problems());
          } finally {
            file.delete();
          }
        });
      } else {
        file.delete();
      }
    }));
    UploadTexts.localize(photos);
    photos.setId("form-photos");
    photos.setMaxFiles(9);
    return photos;
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      ProblemNotification.open("case-error", e.problems());
      return;
    } catch (NotFoundException e) {
      // gone meanwhile (someone else took or completed it): show the case as it is now
    }
    refresh.run();
  }
}
