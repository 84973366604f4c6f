package org.greenwhistle.identity.service;

import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.region.domain.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, creates the first ADMIN from GREENWHISTLE_ADMIN_USERNAME and
 * GREENWHISTLE_ADMIN_PASSWORD when no ADMIN exists yet; there is never a default password.
 */
@Component
@Profile("!demo")
class FirstAdmin implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final AccountProvisioning provisioning;
  private final String username;
  private final String password;

  FirstAdmin(AccountProvisioning provisioning,
             @Value("${greenwhistle.first-admin.username:}") String username,
             @Value("${greenwhistle.first-admin.password:}") String password) {
    this.provisioning = provisioning;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (provisioning.anyWithRole(Role.ADMIN)) {
      return;
    }
    if (username.isBlank() || password.isBlank()) {
      log.warn("No ADMIN account exists. Set GREENWHISTLE_ADMIN_USERNAME and GREENWHISTLE_ADMIN_PASSWORD and restart.");
      return;
    }
    // a weak password never gets here: StartupSettings stops the start with the other missing or weak settings
    provisioning.createIfAbsent(username, password, username, Region.COUNTRY, java.util.EnumSet.of(Role.ADMIN), false);
    log.info("Created the first ADMIN account '{}'", username);
  }
}
