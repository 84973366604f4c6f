package org.greenwhistle.report.persistence;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface IdempotencyMapper {
  void insert(@Param("keyHash") String keyHash, @Param("reportId") long reportId,
              @Param("receiptEnc") String receiptEnc, @Param("createdAt") Instant createdAt,
              @Param("expiresAt") Instant expiresAt);

  String findReceipt(@Param("keyHash") String keyHash, @Param("now") Instant now);

  int purgeExpired(@Param("now") Instant now);
}
