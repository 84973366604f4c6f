package org.greenwhistle.identity.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.operaton.bpm.engine.IdentityService;
import org.greenwhistle.BackendIT;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.identity.domain.NewStaffMember;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.mail.StoredMails;
import org.greenwhistle.mail.domain.MailReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@BackendIT
class UserAdministrationIT {
  @Autowired UserAdminService admin;
  @Autowired AccountProvisioning provisioning;
  @Autowired AccountUserDetailsService userDetails;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired ApplicationEventPublisher events;
  @Autowired IdentityService camundaIdentity;
  @Autowired JdbcTemplate jdbc;
  @Autowired FieldCipher cipher;
  @Autowired SetPasswordService setPassword;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6);
  }

  private AuthenticationManager authenticationManager() {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
    provider.setPasswordEncoder(passwordEncoder);
    ProviderManager manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    return manager;
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void aNewOfficerGetsASetPasswordLinkThatWorksOnceAndNoPasswordIsMailed() {
    String username = unique("inv");
    String email = username + "@bureau.example";
    admin.createStaff(new NewStaffMember(username, "县执法员", email, "510311", EnumSet.of(Role.INVESTIGATOR)));

    StoredMails.Row mail = new StoredMails(jdbc, cipher).newest(MailReason.SET_PASSWORD, email);
    Matcher link = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)").matcher(mail.deliveredBody());
    assertThat(link.find()).as("a set-password link in the mail").isTrue();
    // the token's expiry is the mail's not-after time
    assertThat(mail.notAfter()).isEqualTo(jdbc.queryForObject(
        "SELECT expires_at FROM account_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = ?",
        java.sql.Timestamp.class, username).toInstant());
    // nothing in the mail is a password of the account: no word of it logs in
    String storedHash = userDetails.loadUserByUsername(username).getPassword();
    for (String word : mail.deliveredBody().split("[\\s：:，,（）()]+")) {
      assertThat(passwordEncoder.matches(word, storedHash)).as("mail word " + word).isFalse();
    }

    setPassword.setPassword(link.group(1), "Officer-Pass-2026");
    AccountPrincipal principal = userDetails.loadUserByUsername(username);
    assertThat(passwordEncoder.matches("Officer-Pass-2026", principal.getPassword())).isTrue();
    assertThat(principal.getRoles()).containsExactly(Role.INVESTIGATOR);
    assertThat(principal.getAuthorities()).extracting(Object::toString).doesNotContain(
        AccountPrincipal.PASSWORD_CHANGE_REQUIRED);
    assertThat(principal.getRegionCode()).isEqualTo("510311");
    assertThatThrownBy(() -> setPassword.setPassword(link.group(1), "Another-Pass-2026"))
        .as("the link works once").isInstanceOf(IdentityException.class).hasMessage("account.error.linkInvalid");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'USER_CREATED' AND subject = ?",
        Integer.class, username)).isEqualTo(1);
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void anAdminResetStillHandsOverAOneTimePasswordThatMustBeChanged() {
    String username = unique("rst");
    admin.createStaff(new NewStaffMember(username, "重置测试", username + "@bureau.example", "510311",
        EnumSet.of(Role.INTAKE)));
    String oneTime = admin.resetPassword(username);
    AccountPrincipal principal = userDetails.loadUserByUsername(username);
    assertThat(passwordEncoder.matches(oneTime, principal.getPassword())).isTrue();
    assertThat(principal.getAuthorities()).extracting(Object::toString)
        .containsExactly(AccountPrincipal.PASSWORD_CHANGE_REQUIRED);
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void badInputIsRefusedWithAReason() {
    assertThatThrownBy(() -> admin.createStaff(new NewStaffMember(unique("x"), "名字", null, "999999",
        EnumSet.of(Role.INTAKE)))).isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> admin.createStaff(new NewStaffMember(unique("x"), "名字", "x@bureau.example", "999999",
        EnumSet.of(Role.INTAKE)))).isInstanceOf(IdentityException.class).hasMessage("admin.users.unknownRegion");
    assertThatThrownBy(() -> admin.createStaff(new NewStaffMember("Bad Name!", "名字", null, "510000",
        EnumSet.of(Role.INTAKE)))).isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> admin.createStaff(new NewStaffMember(unique("c"), "名字", "c@bureau.example", "510000",
        EnumSet.of(Role.CITIZEN)))).hasMessage("admin.users.citizenNotStaff");
  }

  @Test
  @WithMockUser(roles = "LEADER")
  void onlyAdminsAdministerAccounts() {
    assertThatThrownBy(() -> admin.createStaff(new NewStaffMember(unique("y"), "名字", "y@bureau.example", "510000",
        EnumSet.of(Role.INTAKE)))).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void repeatedWrongPasswordsLockTheAccount() {
    String username = unique("lock");
    provisioning.createIfAbsent(username, "correct-horse-1", "锁定测试", "510000", EnumSet.of(Role.INTAKE), false);
    AuthenticationManager manager = authenticationManager();
    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> manager.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    // even the right password is refused while the lock lasts
    assertThatThrownBy(() -> manager.authenticate(
        UsernamePasswordAuthenticationToken.unauthenticated(username, "correct-horse-1")))
        .isInstanceOf(LockedException.class);
  }

  @Test
  void camundaReadsUsersAndGroupsFromTheAppTables() {
    String username = unique("cam");
    provisioning.createIfAbsent(username, "correct-horse-1", "流程用户", "510300", EnumSet.of(Role.LEADER), false);

    assertThat(camundaIdentity.createUserQuery().userId(username).singleResult().getFirstName()).isEqualTo("流程用户");
    assertThat(camundaIdentity.createUserQuery().memberOfGroup("LEADER").list())
        .extracting(u -> u.getId()).contains(username);
    assertThat(camundaIdentity.createGroupQuery().groupMember(username).list())
        .extracting(g -> g.getId()).containsExactly("LEADER");
    assertThat(camundaIdentity.checkPassword(username, "correct-horse-1")).isTrue();
    assertThat(camundaIdentity.checkPassword(username, "wrong")).isFalse();
    assertThat(camundaIdentity.isReadOnly()).isTrue();
  }
}
