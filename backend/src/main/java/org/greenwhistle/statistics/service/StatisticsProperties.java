package org.greenwhistle.statistics.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Public statistics: counts from 1 to {@code minCell} − 1 are suppressed; a case counts as handled within the deadline
 * when it was closed at most {@code handlingDays} after acceptance ({@code extendedHandlingDays} after an approved
 * extension).
 */
@ConfigurationProperties("greenwhistle.statistics")
public record StatisticsProperties(@DefaultValue("5") int minCell, @DefaultValue("60") int handlingDays,
                                   @DefaultValue("90") int extendedHandlingDays) {
}
