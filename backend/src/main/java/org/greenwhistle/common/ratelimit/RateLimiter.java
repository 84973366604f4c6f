package org.greenwhistle.common.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window counters in the database, so every app node sees the same count. A hit is counted outside the
 * caller's transaction: a refused or failed request still counts.
 */
@Component
public class RateLimiter {
  private final RateLimitMapper counters;
  private final Clock clock;

  RateLimiter(RateLimitMapper counters, Clock clock) {
    this.counters = counters;
    this.clock = clock;
  }

  /**
   * Counts one hit. One statement in autocommit, outside any caller's transaction: the hit stays counted when the
   * caller rolls back, and it costs one round trip instead of a transaction's four.
   */
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  public void count(String bucket, Duration window) {
    counters.hit(bucket, windowStart(window));
  }

  /** Hits so far in the current window, without counting one (a plain read, no transaction needed). */
  public int hits(String bucket, Duration window) {
    Integer hits = counters.hits(bucket, windowStart(window));
    return hits == null ? 0 : hits;
  }

  private Instant windowStart(Duration window) {
    long now = clock.millis();
    return Instant.ofEpochMilli(now - now % window.toMillis());
  }

  @Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
  @Transactional
  public void purgeOldWindows() {
    counters.purgeBefore(clock.instant().minus(Duration.ofDays(2)));
  }
}
