package org.greenwhistle.scenario;

/** What a reporter holds after submitting: the tracking code and the access key. */
public record Receipt(String code, String key) {
  @Override
  public String toString() {
    // the key opens the report: keep it out of assertion messages and logs
    return "Receipt[" + code + "]";
  }
}
