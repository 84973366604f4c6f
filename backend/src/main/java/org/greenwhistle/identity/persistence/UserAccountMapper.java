package org.greenwhistle.identity.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.identity.domain.Role;
import org.greenwhistle.identity.domain.StaffQuery;
import org.greenwhistle.identity.domain.UserAccount;

@Mapper
public interface UserAccountMapper {
  UserAccount findByUsername(@Param("username") String username);

  UserAccount findById(@Param("id") long id);

  List<UserAccount> find(@Param("q") StaffQuery query);

  /** Enabled holders of the role whose region is one of these (a region and all regions above it). */
  List<UserAccount> findCovering(@Param("role") String role, @Param("regionCodes") List<String> regionCodes);

  long count(@Param("q") StaffQuery query);

  List<UserAccount> findByUsernames(@Param("usernames") List<String> usernames);

  List<String> findRoles(@Param("userId") long userId);

  void insert(UserAccount account);

  void insertRole(@Param("userId") long userId, @Param("role") Role role);

  void deleteRoles(@Param("userId") long userId);

  int updateProfile(UserAccount account);

  int updatePassword(@Param("userId") long userId, @Param("passwordHash") String passwordHash,
                     @Param("mustChange") boolean mustChange);

  int updateEmailIfNone(@Param("username") String username, @Param("email") String email);

  int updateNotifyNewTasks(@Param("username") String username, @Param("notify") boolean notify);

  int updateEnabled(@Param("userId") long userId, @Param("enabled") boolean enabled);

  /** Counts a failure and locks the account once the threshold is reached; one statement, safe across nodes. */
  int recordFailure(@Param("username") String username, @Param("threshold") int threshold,
                    @Param("lockUntil") Instant lockUntil);

  int recordSuccess(@Param("username") String username);

  long countWithRole(@Param("role") Role role);
}
