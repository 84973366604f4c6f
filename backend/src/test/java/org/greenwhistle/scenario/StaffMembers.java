package org.greenwhistle.scenario;

import java.util.EnumSet;
import java.util.UUID;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.UserAdminService;
import org.springframework.stereotype.Component;

/**
 * New staff members created by an ADMIN through the staff administration service, as the admin screen does (with an
 * e-mail address, so that task notices reach them; the set-password mail is queued too). Names are unique per call.
 */
@Component
public class StaffMembers {
  private final Scenarios scenarios;
  private final UserAdminService admin;

  StaffMembers(Scenarios scenarios, UserAdminService admin) {
    this.scenarios = scenarios;
    this.admin = admin;
  }

  /** Creates {@code prefix} + 6 random characters in the region with the role, as {@code adminUser}; the user name. */
  public String create(String adminUser, String prefix, String displayName, String regionCode, Role role) {
    String username = prefix + UUID.randomUUID().toString().substring(0, 6);
    scenarios.as(adminUser, () -> admin.createStaff(new NewStaffMember(username, displayName,
        emailOf(username), regionCode, EnumSet.of(role))));
    return username;
  }

  public static String emailOf(String username) {
    return username + "@bureau.example";
  }
}
