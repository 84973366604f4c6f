package org.greenwhistle.common.ratelimit;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RateLimitMapper {
  void hit(@Param("bucket") String bucket, @Param("windowStart") Instant windowStart);

  Integer hits(@Param("bucket") String bucket, @Param("windowStart") Instant windowStart);

  int purgeBefore(@Param("before") Instant before);
}
