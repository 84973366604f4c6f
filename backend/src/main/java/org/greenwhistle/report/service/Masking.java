package org.greenwhistle.report.service;

/** Masks personal data for display: enough to recognise, not enough to identify. */
public final class Masking {
  private Masking() {
  }

  /** 张三丰 → 张** ; Li Lei → L***** */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
  }

  /** 11010519491231002X → 110105********002X */
  public static String idNumber(String id) {
    if (id == null || id.length() < 10) {
      return id == null ? null : "*".repeat(id.length());
    }
    return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
  }

  /** 13912345678 → 139****5678 */
  public static String phone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone == null ? null : "*".repeat(phone.length());
    }
    return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
  }

  /** reporter@example.com → r*******@example.com */
  public static String email(String email) {
    if (email == null) {
      return null;
    }
    int at = email.indexOf('@');
    if (at <= 0) {
      return "*".repeat(email.length());
    }
    return email.charAt(0) + "*".repeat(Math.max(1, at - 1)) + email.substring(at);
  }
}
