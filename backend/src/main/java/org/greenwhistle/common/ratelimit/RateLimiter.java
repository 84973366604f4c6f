package org.greenwhistle.common.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in the database, so every app node sees the same count. Counting happens in its
 * own transaction: a refused or failed request still counts.
 */
@Component
public class RateLimiter {
  private final RateLimitMapper counters;
  private final Clock clock;

  RateLimiter(RateLimitMapper counters, Clock clock) {
    this.counters = counters;
    this.clock = clock;
  }

  /** Counts one hit; true while the bucket is within {@code limit} hits per {@code window}. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public boolean tryAcquire(String bucket, int limit, Duration window) {
    Instant start = Instant.ofEpochMilli(clock.millis() - clock.millis() % window.toMillis());
    counters.hit(bucket, start);
    Integer hits = counters.hits(bucket, start);
    return hits != null && hits <= limit;
  }

  /** Hits so far in the current window, without counting one. */
  @Transactional(readOnly = true)
  public int hits(String bucket, Duration window) {
    Integer hits = counters.hits(bucket, Instant.ofEpochMilli(clock.millis() - clock.millis() % window.toMillis()));
    return hits == null ? 0 : hits;
  }

  @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
  @Transactional
  public void purgeOldWindows() {
    counters.purgeBefore(clock.instant().minus(Duration.ofDays(2)));
  }
}
