package org.greenwhistle.common.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.greenwhistle.BackendIT;
import org.greenwhistle.BackendTestApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A second start against the integration database (whose canary the shared test context wrote with the test key)
 * with another master key stops with one report naming the key setting, without a stack trace.
 */
@BackendIT
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyCanaryIT {
  @Test
  void aWrongMasterKeyStopsTheStartWithOneMessage(CapturedOutput output) {
    SpringApplication app = new SpringApplication(BackendTestApplication.class);
    assertThatThrownBy(() -> app.run("--spring.profiles.active=mysql,it", "--server.port=0",
        "--spring.main.banner-mode=off", "--greenwhistle.crypto.keys.k1=" + MasterKeyCanaryTest.OTHER))
        .isInstanceOf(MasterKeyException.class);

    String out = output.getAll();
    assertThat(out.split("APPLICATION FAILED TO START", -1)).as(out).hasSize(2);
    assertThat(out.substring(out.indexOf("APPLICATION FAILED TO START"))).as(out)
        .contains("1 setting is missing or weak")
        .contains("greenwhistle.crypto.keys.k1 (GREENWHISTLE_CRYPTO_KEY) is not the key this database was encrypted "
            + "with")
        .doesNotContain("\tat ");
  }
}
