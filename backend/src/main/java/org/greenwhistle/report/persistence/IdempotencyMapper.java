package org.greenwhistle.report.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IdempotencyMapper {
  /** An earlier submission under a key: the keyed hash of its request and its encrypted receipt. */
  record Earlier(String requestHash, String receiptEnc) {
  }

  void insert(@Param("keyHash") String keyHash, @Param("reportId") long reportId,
              @Param("requestHash") String requestHash, @Param("receiptEnc") String receiptEnc,
              @Param("createdAt") Instant createdAt, @Param("expiresAt") Instant expiresAt);

  Earlier find(@Param("keyHash") String keyHash, @Param("now") Instant now);

  int purgeExpired(@Param("now") Instant now);

  void insertEvidence(@Param("keyHash") String keyHash, @Param("reportId") long reportId,
                      @Param("requestHash") String requestHash, @Param("createdAt") Instant createdAt,
                      @Param("expiresAt") Instant expiresAt);

  String findEvidenceRequest(@Param("keyHash") String keyHash, @Param("now") Instant now);

  int purgeExpiredEvidence(@Param("now") Instant now);
}
