package org.greenwhistle.identity.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void explainsTheFirstBrokenRule() {
    assertThat(PasswordPolicy.violation("wang", "short1")).isEqualTo("password.tooShort");
    assertThat(PasswordPolicy.violation("wang", "onlyletterspassword")).isEqualTo("password.tooSimple");
    assertThat(PasswordPolicy.violation("wang", "12345678901")).isEqualTo("password.tooSimple");
    assertThat(PasswordPolicy.violation("wanglei2024", "WangLei2024")).isEqualTo("password.equalsUsername");
    assertThat(PasswordPolicy.violation("wang", "green-whistle-7")).isNull();
  }
}
