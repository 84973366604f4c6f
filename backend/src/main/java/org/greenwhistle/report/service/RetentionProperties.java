package org.greenwhistle.report.service;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How long personal data of a finished case is kept (default three years), and how many cases per run. */
@ConfigurationProperties("greenwhistle.retention")
public record RetentionProperties(Period personalData, Integer batchSize) {
  public RetentionProperties {
    personalData = personalData == null ? Period.ofYears(3) : personalData;
    batchSize = batchSize == null ? 500 : batchSize;
  }
}
