package org.greenwhistle.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Set;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.identity.service.PasswordChangeService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.greenwhistle.region.service.RegionService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/v1/me")
class AccountController {
  record Me(String username, String displayName, Set<Role> roles, String regionCode, String regionName,
            boolean passwordChangeRequired) {
  }

  private final CurrentUser currentUser;
  private final RegionService regions;
  private final PasswordChangeService account;

  AccountController(CurrentUser currentUser, RegionService regions, PasswordChangeService account) {
    this.currentUser = currentUser;
    this.regions = regions;
    this.account = account;
  }

  @Operation(summary = "Opt in or out of a mail for each new task in my inbox")
  @PutMapping("/task-mail")
  ResponseEntity<Void> taskMail(@RequestParam boolean enabled) {
    account.setNotifyNewTasks(enabled);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "The authenticated account: roles and region")
  @GetMapping
  Me me() {
    AccountPrincipal p = currentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
    boolean pending = p.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(AccountPrincipal.PASSWORD_CHANGE_REQUIRED));
    return new Me(p.getUsername(), p.getDisplayName(), p.getRoles(), p.getRegionCode(),
        regions.fullName(p.getRegionCode()), pending);
  }
}
