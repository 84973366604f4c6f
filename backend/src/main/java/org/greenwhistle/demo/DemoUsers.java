package org.greenwhistle.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountProvisioning;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The demo profile's users; the password equals the user name (listed in the README). */
@Component
@Profile("demo")
class DemoUsers {
  record DemoUser(String username, String displayName, String region, Set<Role> roles) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("citizen", "示范市民", "000000", EnumSet.of(Role.CITIZEN)),
      new DemoUser("intake", "四川受理员", "510000", EnumSet.of(Role.INTAKE)),
      new DemoUser("leader", "四川负责人", "510000", EnumSet.of(Role.LEADER)),
      new DemoUser("leader2", "四川负责人二", "510000", EnumSet.of(Role.LEADER)),
      new DemoUser("finance", "四川财务", "510000", EnumSet.of(Role.FINANCE)),
      new DemoUser("finance2", "四川财务二", "510000", EnumSet.of(Role.FINANCE)),
      new DemoUser("cq-intake", "重庆受理员", "500000", EnumSet.of(Role.INTAKE)),
      new DemoUser("cq-leader", "重庆负责人", "500000", EnumSet.of(Role.LEADER)),
      new DemoUser("cq-leader2", "重庆负责人二", "500000", EnumSet.of(Role.LEADER)),
      new DemoUser("cq-finance", "重庆财务", "500000", EnumSet.of(Role.FINANCE)),
      new DemoUser("cq-finance2", "重庆财务二", "500000", EnumSet.of(Role.FINANCE)),
      new DemoUser("investigator", "沿滩区执法员", "510311", EnumSet.of(Role.INVESTIGATOR)),
      new DemoUser("investigator2", "奉节县执法员", "500236", EnumSet.of(Role.INVESTIGATOR)),
      new DemoUser("admin", "管理员", "000000", EnumSet.of(Role.ADMIN)),
      new DemoUser("admin2", "管理员二", "000000", EnumSet.of(Role.ADMIN)));

  private final AccountProvisioning provisioning;

  /** The demo staff's address, e.g. intake@staff.greenwhistle.example (captured, never sent). */
  static String emailOf(String username) {
    return username + "@staff.greenwhistle.example";
  }

  DemoUsers(AccountProvisioning provisioning) {
    this.provisioning = provisioning;
  }

  void load() {
    for (DemoUser u : USERS) {
      provisioning.createIfAbsent(u.username(), u.username(), u.displayName(), u.region(), u.roles(), false);
      if (!u.roles().contains(Role.CITIZEN)) {
        // staff mail (a reporter wrote, deadlines) lands in the demo's captured outbox
        provisioning.ensureEmail(u.username(), emailOf(u.username()));
      }
    }
  }
}
