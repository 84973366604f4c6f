package org.greenwhistle.casework.service;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Statutory deadlines, per province where a province differs from the default (key: province code).
 * Each deadline says whether it counts calendar or working days.
 */
@ConfigurationProperties("greenwhistle.deadlines")
public record DeadlineProperties(@DefaultValue Rules defaults, Map<String, Rules> provinces,
                                 @DefaultValue("P2D") Duration reminderBefore,
                                 @DefaultValue("P15D") Duration infoWait,
                                 @DefaultValue("P15D") Duration appealWindow) {
  public enum DayKind { CALENDAR, WORKING }

  public record Rules(@DefaultValue("15") int intakeDays, @DefaultValue("CALENDAR") DayKind intakeDayKind,
                      @DefaultValue("60") int handlingDays, @DefaultValue("CALENDAR") DayKind handlingDayKind,
                      @DefaultValue("30") int maxExtensionDays) {
  }

  public Rules rulesFor(String regionCode) {
    if (regionCode != null && provinces != null) {
      Rules rules = provinces.get(regionCode.substring(0, 2) + "0000");
      if (rules != null) {
        return rules;
      }
    }
    return defaults;
  }
}
