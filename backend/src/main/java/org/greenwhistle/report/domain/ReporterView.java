package org.greenwhistle.report.domain;

/**
 * The reporter's identity as a staff member may see it: masked by default, one field unmasked on request.
 * {@code visible} is false for roles that never see the identity (INVESTIGATOR).
 */
public record ReporterView(boolean visible, boolean anonymous, String name, String idNumber, String phone,
                           String email) {
  public static ReporterView hidden(boolean anonymous) {
    return new ReporterView(false, anonymous, null, null, null, null);
  }

  @Override
  public String toString() {
    return "ReporterView[masked]";
  }
}
