package org.greenwhistle.identity.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AccountTokenMapper {
  void insert(@Param("tokenHash") String tokenHash, @Param("userId") long userId, @Param("purpose") String purpose,
              @Param("expiresAt") Instant expiresAt);

  /** Marks a valid token used; returns its user id, or null when unknown, expired, used or for another purpose. */
  Long findValid(@Param("tokenHash") String tokenHash, @Param("purpose") String purpose, @Param("now") Instant now);

  int markUsed(@Param("tokenHash") String tokenHash, @Param("now") Instant now);
}
