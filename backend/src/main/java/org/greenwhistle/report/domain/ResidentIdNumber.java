package org.greenwhistle.report.domain;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Resident identity card numbers (GB 11643-1999): 17 digits, a birth date, and an ISO 7064 MOD 11-2 check. */
public final class ResidentIdNumber {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ResidentIdNumber() {
  }

  public static boolean isValid(String value) {
    if (value == null || !value.matches("\\d{17}[0-9Xx]")) {
      return false;
    }
    try {
      LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)),
          Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
      if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
        return false;
      }
    } catch (DateTimeException e) {
      return false;
    }
    return Character.toUpperCase(value.charAt(17)) == checkDigit(value.substring(0, 17));
  }

  public static char checkDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
