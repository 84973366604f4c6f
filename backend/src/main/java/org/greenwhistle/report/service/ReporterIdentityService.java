package org.greenwhistle.report.service;

import java.util.Set;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReporterView;
import org.greenwhistle.report.persistence.ReportMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's identity for staff, by law on a need-to-know basis: INVESTIGATOR never sees it; INTAKE,
 * LEADER and ADMIN see it masked and may unmask one field with a stated reason, which is audited (field
 * name and reason, never the value). FINANCE sees name and bank data only inside a payout.
 */
@Service
@Transactional(readOnly = true)
public class ReporterIdentityService {
  public static final Set<String> FIELDS = Set.of("name", "idNumber", "phone", "email");
  private static final Set<Role> MAY_SEE_MASKED = Set.of(Role.INTAKE, Role.LEADER, Role.ADMIN);

  private final ReportMapper reports;
  private final FieldCipher cipher;
  private final ReportLookup lookup;
  private final CurrentUser currentUser;
  private final AuditTrail audit;

  ReporterIdentityService(ReportMapper reports, FieldCipher cipher, ReportLookup lookup, CurrentUser currentUser,
                          AuditTrail audit) {
    this.reports = reports;
    this.cipher = cipher;
    this.lookup = lookup;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @PreAuthorize("hasAnyRole('INTAKE','INVESTIGATOR','LEADER','ADMIN')")
  public ReporterView masked(String trackingCode) {
    ReportRecord r = lookup.inCallersRegion(trackingCode);
    if (!maySee() || r.isAnonymous()) {
      return ReporterView.hidden(r.isAnonymous());
    }
    return new ReporterView(true, false, Masking.name(cipher.decrypt(r.getReporterNameEnc())),
        Masking.idNumber(cipher.decrypt(r.getReporterIdNumberEnc())),
        Masking.phone(cipher.decrypt(r.getReporterPhoneEnc())), Masking.email(cipher.decrypt(r.getReporterEmailEnc())));
  }

  /** One field in clear, with a reason; the unmasking is recorded in the case's audit chain. */
  @PreAuthorize("hasAnyRole('INTAKE','LEADER','ADMIN')")
  @Transactional
  public String unmask(String trackingCode, String field, String reason) {
    ReportRecord r = lookup.inCallersRegion(trackingCode);
    if (!maySee() || r.isAnonymous()) {
      throw new NotFoundException("case.error.notFound");
    }
    if (!FIELDS.contains(field)) {
      throw new InvalidInputException(new FieldProblem("field", "case.error.unmaskField"));
    }
    if (reason == null || reason.strip().length() < 4 || reason.length() > 500) {
      throw new InvalidInputException(new FieldProblem("reason", "case.error.unmaskReason"));
    }
    audit.record(r.getTrackingCode(), currentUser.username(), "REPORTER_UNMASKED", field, "reason=" + reason.strip());
    return switch (field) {
      case "name" -> cipher.decrypt(r.getReporterNameEnc());
      case "idNumber" -> cipher.decrypt(r.getReporterIdNumberEnc());
      case "phone" -> cipher.decrypt(r.getReporterPhoneEnc());
      default -> cipher.decrypt(r.getReporterEmailEnc());
    };
  }

  private boolean maySee() {
    return currentUser.get().map(AccountPrincipal::getRoles).orElse(Set.of()).stream().anyMatch(MAY_SEE_MASKED::contains);
  }

}
