package org.greenwhistle.casework.service;

import java.util.Locale;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.StaffDirectory;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Reminders before deadlines and escalation to leaders after them (mail is queued, never blocking). */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class CaseNotifications {
  private final CaseTaskMapper tasks;
  private final StaffDirectory staff;
  private final RegionService regions;
  private final MailOutbox mail;
  private final AuditTrail audit;
  private final MessageSource messages;

  CaseNotifications(CaseTaskMapper tasks, StaffDirectory staff, RegionService regions, MailOutbox mail,
                    AuditTrail audit, MessageSource messages) {
    this.tasks = tasks;
    this.staff = staff;
    this.regions = regions;
    this.mail = mail;
    this.audit = audit;
    this.messages = messages;
  }

  /**
   * A new task: mails the staff who may work it and opted in. Returns false when nobody with the task's role
   * covers the case's region (an "unassigned region" task).
   */
  public boolean newTask(String trackingCode, Role role, String regionCode) {
    var members = staff.covering(role, pathOf(regionCode));
    for (var member : members) {
      if (member.isNotifyNewTasks() && member.getEmail() != null) {
        mail.enqueue(MailReason.TASK_ASSIGNED, member.getEmail(), text("mail.newTask.subject"),
            text("mail.newTask.body", ReceiptCodes.display(trackingCode)));
      }
    }
    return !members.isEmpty();
  }

  @org.springframework.context.event.EventListener
  public void staffChanged(org.greenwhistle.identity.domain.StaffChanged event) {
    tasks.recomputeUnassigned();
  }

  public void remind(String processInstanceId, String trackingCode) {
    int sent = 0;
    for (CaseTask task : tasks.findByProcessInstance(processInstanceId)) {
      if (task.assignee() != null) {
        var email = staff.emailOf(task.assignee());
        if (email.isPresent()) {
          mail.enqueue(MailReason.TASK_DUE_SOON, email.get(), text("mail.reminder.subject"),
              text("mail.reminder.body", ReceiptCodes.display(trackingCode)));
          sent++;
        }
      }
    }
    audit.record(trackingCode, "system", "DEADLINE_REMINDER", "case", "mails=" + sent);
  }

  public void escalate(String processInstanceId, String trackingCode, String regionCode) {
    tasks.markOverdue(processInstanceId);
    int sent = 0;
    for (var leader : staff.covering(Role.LEADER, pathOf(regionCode))) {
      if (leader.getEmail() != null) {
        mail.enqueue(MailReason.TASK_OVERDUE, leader.getEmail(), text("mail.overdue.subject"),
            text("mail.overdue.body", ReceiptCodes.display(trackingCode)));
        sent++;
      }
    }
    audit.record(trackingCode, "system", "DEADLINE_OVERDUE", "case", "leadersNotified=" + sent);
  }

  private String pathOf(String regionCode) {
    return regions.find(regionCode).map(r -> r.path()).orElse("");
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
  }
}
