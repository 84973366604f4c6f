package org.greenwhistle.casework.service;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.domain.CaseTask;
import org.greenwhistle.casework.persistence.CaseTaskMapper;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.identity.service.StaffDirectory;
import org.greenwhistle.mail.domain.MailReason;
import org.greenwhistle.mail.service.MailOutbox;
import org.greenwhistle.report.domain.ReporterWrote;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter wrote (reply, evidence, appeal): the case's open tasks are marked in the inbox (a badge, sorted first)
 * and whoever must act is told by mail: the officer holding a task, or, while it is unclaimed, the holders of its
 * role in the case's region (the region's leaders when nobody holds it there). Part of the job, so not opt-in,
 * unlike the mail for each new task. The mark goes when a handler of the task opens the case.
 */
@Service
public class ReporterActivity {
  private final CaseTaskMapper tasks;
  private final StaffDirectory staff;
  private final MailOutbox mail;
  private final AuditTrail audit;
  private final CurrentUser currentUser;
  private final MessageSource messages;

  ReporterActivity(CaseTaskMapper tasks, StaffDirectory staff, MailOutbox mail, AuditTrail audit,
                   CurrentUser currentUser, MessageSource messages) {
    this.tasks = tasks;
    this.staff = staff;
    this.mail = mail;
    this.audit = audit;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** Runs in the reporter's transaction (published there): mark and mail commit or roll back with the message. */
  @EventListener
  public void reporterWrote(ReporterWrote event) {
    tasks.markReporterWrote(event.reportId());
    Set<String> recipients = new LinkedHashSet<>();
    for (CaseTask task : tasks.findByReport(event.reportId())) {
      if (task.assignee() != null) {
        staff.emailOf(task.assignee()).ifPresent(recipients::add);
        continue;
      }
      var holders = staff.covering(Role.valueOf(task.role()), task.regionPath());
      if (holders.isEmpty()) {
        holders = staff.covering(Role.LEADER, task.regionPath());
      }
      holders.stream().filter(UserAccount::isEnabled).map(UserAccount::getEmail).filter(e -> e != null)
          .forEach(recipients::add);
    }
    Locale zh = Locale.SIMPLIFIED_CHINESE;
    String what = messages.getMessage("mail.reporterWrote.kind." + event.kind().name(), null, zh);
    for (String to : recipients) {
      mail.enqueue(MailReason.REPORTER_WROTE, to, messages.getMessage("mail.reporterWrote.subject", null, zh),
          messages.getMessage("mail.reporterWrote.body",
              new Object[] {org.greenwhistle.report.service.ReceiptCodes.display(event.trackingCode()), what}, zh));
    }
    audit.record(event.trackingCode(), "system", "REPORTER_WROTE_NOTIFIED", "case",
        "kind=" + event.kind() + " mails=" + recipients.size());
  }

  /**
   * A handler opened the case: the mark goes from the tasks they hold or may claim (their roles). Called by the case
   * page after it was allowed to show the case.
   */
  @PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','FINANCE','ADMIN')")
  @Transactional
  public void caseOpened(String trackingCode) {
    AccountPrincipal me = currentUser.get().orElseThrow();
    tasks.clearReporterWrote(trackingCode, me.getUsername(), me.getRoles().stream().map(Enum::name).toList());
  }
}
