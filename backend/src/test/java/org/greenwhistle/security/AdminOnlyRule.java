package org.greenwhistle.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The admin API ({@code /api/v1/admin/**}) is ADMIN's alone: the access matrix fails on any admin route that its
 * table or its answers open to another caller, whatever the rest of the table says.
 */
final class AdminOnlyRule {
  static final String ADMIN = "ADMIN";

  private AdminOnlyRule() {
  }

  static boolean isAdminRoute(String route) {
    return route.split(" ", 2)[1].startsWith("/api/v1/admin/");
  }

  /** Admin routes whose expected cells let a caller other than ADMIN through (anything but 401, 403, 404). */
  static List<String> tableViolations(Map<String, ? extends Map<?, String>> expectationsByRoute) {
    List<String> violations = new ArrayList<>();
    expectationsByRoute.forEach((route, cells) -> {
      if (isAdminRoute(route)) {
        cells.forEach((caller, want) -> {
          if (!ADMIN.equals(caller.toString()) && !isRefusal(want)) {
            violations.add(route + " is open to " + caller + " (" + want + ")");
          }
        });
      }
    });
    return violations;
  }

  /** An answer that lets a caller other than ADMIN through an admin route, or null. */
  static String answerViolation(String route, String caller, int status) {
    if (isAdminRoute(route) && !ADMIN.equals(caller) && status != 401 && status != 403 && status != 404) {
      return route + " answered " + caller + " with " + status;
    }
    return null;
  }

  private static boolean isRefusal(String want) {
    return want.equals("401") || want.equals("403") || want.equals("404");
  }
}
