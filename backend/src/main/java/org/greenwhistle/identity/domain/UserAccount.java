package org.greenwhistle.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A login: a citizen or a staff member with roles and one region (GB/T 2260 code). */
public class UserAccount {
  private Long id;
  private String username;
  private String passwordHash;
  private String displayName;
  private String email;
  private String regionCode;
  private boolean enabled;
  private boolean mustChangePassword;
  private int failedLogins;
  private Instant lockedUntil;
  private Instant createdAt;
  private boolean notifyNewTasks;
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getUsername() { return username; }
  public void setUsername(String username) { this.username = username; }
  public String getPasswordHash() { return passwordHash; }
  public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getRegionCode() { return regionCode; }
  public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
  public boolean isEnabled() { return enabled; }
  public void setEnabled(boolean enabled) { this.enabled = enabled; }
  public boolean isMustChangePassword() { return mustChangePassword; }
  public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
  public int getFailedLogins() { return failedLogins; }
  public void setFailedLogins(int failedLogins) { this.failedLogins = failedLogins; }
  public Instant getLockedUntil() { return lockedUntil; }
  public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  public boolean isNotifyNewTasks() { return notifyNewTasks; }
  public void setNotifyNewTasks(boolean notifyNewTasks) { this.notifyNewTasks = notifyNewTasks; }
  public Set<Role> getRoles() { return roles; }
  public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
