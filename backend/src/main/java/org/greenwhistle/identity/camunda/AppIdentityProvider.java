package org.greenwhistle.identity.camunda;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.operaton.bpm.engine.identity.Group;
import org.operaton.bpm.engine.identity.NativeUserQuery;
import org.operaton.bpm.engine.identity.Tenant;
import org.operaton.bpm.engine.identity.TenantQuery;
import org.operaton.bpm.engine.identity.User;
import org.operaton.bpm.engine.identity.UserQuery;
import org.operaton.bpm.engine.identity.GroupQuery;
import org.operaton.bpm.engine.impl.GroupQueryImpl;
import org.operaton.bpm.engine.impl.Page;
import org.operaton.bpm.engine.impl.TenantQueryImpl;
import org.operaton.bpm.engine.impl.UserQueryImpl;
import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.operaton.bpm.engine.impl.interceptor.CommandContext;
import org.operaton.bpm.engine.impl.persistence.entity.GroupEntity;
import org.operaton.bpm.engine.impl.persistence.entity.UserEntity;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.UserAccount;

/** Camunda's view of the app's accounts: users are accounts, groups are {@link Role}s. Read-only. */
class AppIdentityProvider implements ReadOnlyIdentityProvider {
  private final IdentityDirectory directory;

  AppIdentityProvider(IdentityDirectory directory) {
    this.directory = directory;
  }

  @Override
  public User findUserById(String userId) {
    UserAccount account = directory.find(userId);
    return account == null ? null : toUser(account);
  }

  @Override
  public UserQuery createUserQuery() {
    return new AppUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new AppUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new UnsupportedOperationException("native user queries are not supported; accounts live in the app");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return directory.checkPassword(userId, password);
  }

  @Override
  public Group findGroupById(String groupId) {
    return role(groupId) == null ? null : toGroup(role(groupId));
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new AppGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new AppGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }

  static Role role(String groupId) {
    try {
      return groupId == null ? null : Role.valueOf(groupId);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static User toUser(UserAccount account) {
    UserEntity user = new UserEntity(account.getUsername());
    user.setFirstName(account.getDisplayName());
    user.setLastName("");
    user.setEmail(account.getEmail());
    return user;
  }

  static Group toGroup(Role role) {
    GroupEntity group = new GroupEntity(role.name());
    group.setName(role.name());
    group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
    return group;
  }

  static <T> List<T> page(Stream<T> items, Page page) {
    Stream<T> s = items;
    if (page != null) {
      s = s.skip(page.getFirstResult()).limit(page.getMaxResults());
    }
    return s.toList();
  }

  private static boolean like(String value, String pattern) {
    if (pattern == null) {
      return true;
    }
    String regex = pattern.replace("%", ".*");
    return value != null && value.toLowerCase().matches(regex.toLowerCase());
  }

  class AppUserQuery extends UserQueryImpl {
    AppUserQuery() {
    }

    AppUserQuery(org.operaton.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching().count();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return page(matching(), page);
    }

    private Stream<User> matching() {
      List<UserAccount> candidates;
      if (id != null) {
        UserAccount one = directory.find(id);
        candidates = one == null ? List.of() : List.of(one);
      } else if (ids != null) {
        candidates = directory.find(Arrays.asList(ids));
      } else if (groupId != null) {
        Role role = role(groupId);
        candidates = role == null ? List.of() : directory.withRole(role);
      } else {
        candidates = directory.all();
      }
      return candidates.stream()
          .filter(a -> groupId == null || a.getRoles().contains(role(groupId)))
          .filter(a -> email == null || email.equalsIgnoreCase(a.getEmail()))
          .filter(a -> like(a.getEmail(), emailLike))
          .filter(a -> firstName == null || firstName.equals(a.getDisplayName()))
          .filter(a -> like(a.getDisplayName(), firstNameLike))
          .filter(a -> tenantId == null)
          .sorted(Comparator.comparing(UserAccount::getUsername))
          .map(AppIdentityProvider::toUser);
    }
  }

  class AppGroupQuery extends GroupQueryImpl {
    AppGroupQuery() {
    }

    AppGroupQuery(org.operaton.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return matching().count();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return page(matching(), page);
    }

    private Stream<Group> matching() {
      List<Role> memberRoles = null;
      if (userId != null) {
        UserAccount account = directory.find(userId);
        memberRoles = account == null ? List.of() : List.copyOf(account.getRoles());
      }
      List<Role> member = memberRoles;
      return Arrays.stream(Role.values())
          .filter(r -> id == null || r.name().equals(id))
          .filter(r -> ids == null || Arrays.asList(ids).contains(r.name()))
          .filter(r -> name == null || r.name().equals(name))
          .filter(r -> like(r.name(), nameLike))
          .filter(r -> member == null || member.contains(r))
          .filter(r -> tenantId == null)
          .map(AppIdentityProvider::toGroup)
          .filter(g -> type == null || type.equals(g.getType()));
    }
  }

  static class NoTenantQuery extends TenantQueryImpl {
    NoTenantQuery() {
    }

    NoTenantQuery(org.operaton.bpm.engine.impl.interceptor.CommandExecutor executor) {
      super(executor);
    }

    @Override
    public long executeCount(CommandContext commandContext) {
      return 0;
    }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return List.of();
    }
  }
}
