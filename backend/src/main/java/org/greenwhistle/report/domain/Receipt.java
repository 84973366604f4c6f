package org.greenwhistle.report.domain;

/** Shown once to the reporter: the tracking code and the secret access key (never stored in plaintext). */
public record Receipt(String trackingCode, String accessKey, ReportStatus status) {
  @Override
  public String toString() {
    return "Receipt[" + trackingCode + "]";
  }
}
