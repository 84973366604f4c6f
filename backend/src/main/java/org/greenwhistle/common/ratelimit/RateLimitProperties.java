package org.greenwhistle.common.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits; the "bench" profile raises them for load tests from one client. {@code keyAttemptsPerCode}: wrong
 * access keys one client may try for one tracking code per window (the right key is never refused).
 */
@ConfigurationProperties("greenwhistle.rate-limit")
public record RateLimitProperties(@DefaultValue("10") int submissionsPerClient,
                                  @DefaultValue("1h") Duration submissionWindow,
                                  @DefaultValue("10") int keyAttemptsPerCode,
                                  @DefaultValue("1h") Duration keyAttemptWindow,
                                  @DefaultValue("300") int followUpsPerClient) {
}
