package org.greenwhistle.report.domain;

/** A real-name reporter's personal data, in plaintext only in memory; stored encrypted. */
public record ReporterIdentity(String name, String idNumber, String phone, String email) {
  @Override
  public String toString() {
    // never let personal data reach a log line through toString()
    return "ReporterIdentity[masked]";
  }
}
