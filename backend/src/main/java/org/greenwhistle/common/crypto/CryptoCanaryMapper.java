package org.greenwhistle.common.crypto;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The crypto_canary table (owned by common.crypto): one encrypted known value per master key id. */
@Mapper
public interface CryptoCanaryMapper {
  record Canary(String keyId, String canaryEnc) {
  }

  List<Canary> findAll();

  int insertIfAbsent(@Param("keyId") String keyId, @Param("canaryEnc") String canaryEnc, @Param("now") Instant now);
}
