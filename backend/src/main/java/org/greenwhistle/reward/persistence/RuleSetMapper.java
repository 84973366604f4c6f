package org.greenwhistle.reward.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.reward.domain.RuleSetEntry;

@Mapper
public interface RuleSetMapper {
  int insert(RuleSetEntry entry);

  RuleSetEntry find(@Param("id") long id);

  RuleSetEntry findByKey(@Param("ruleKey") String ruleKey, @Param("version") int version);

  List<RuleSetEntry> findActive();

  List<RuleSetEntry> page(@Param("offset") int offset, @Param("limit") int limit);

  long count();

  /** Changes only once, from PENDING (two approvers at once: one wins). */
  int decide(@Param("id") long id, @Param("status") String status, @Param("by") String by, @Param("now") Instant now);

  int deployed(@Param("id") long id, @Param("deploymentId") String deploymentId,
               @Param("deployedVersion") Integer deployedVersion);

  /** A cheap fingerprint of the active set, so that every node notices another node's approval. */
  String activeFingerprint();
}
