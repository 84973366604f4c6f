package org.greenwhistle.mail.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.api.migration.Context;
import org.greenwhistle.common.crypto.CryptoProperties;
import org.greenwhistle.common.crypto.FieldCipher;
import org.junit.jupiter.api.Test;

/** Migration 14.1 on rows stored in plain text before V14 (in-memory H2 with the outbox's columns). */
class EncryptStoredMailTest {
  private final FieldCipher cipher = new FieldCipher(new CryptoProperties(
      Map.of("k1", "I2N52DDdCSWnzqkQ49qTdoXFq3eJ6jYU+WmSeVxueE0="), "k1"));

  @Test
  void plainSubjectsAndBodiesAreEncryptedAndDeliveredTokensRemoved() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:legacy-outbox;MODE=MySQL")) {
      try (Statement st = c.createStatement()) {
        st.execute("CREATE TABLE mail_outbox (id BIGINT PRIMARY KEY, subject VARCHAR(1000), body TEXT, status VARCHAR(12))");
        st.execute("INSERT INTO mail_outbox VALUES (1, '重置绿哨账号密码', '打开 http://x/reset-password?token=Abc_-9 即可', 'SENT')");
        st.execute("INSERT INTO mail_outbox VALUES (2, '请确认您的绿哨账号邮箱', '打开 http://x/verify-email?token=Def12', 'PENDING')");
      }
      Context context = mock(Context.class);
      when(context.getConnection()).thenReturn(c);
      new EncryptStoredMail(cipher).migrate(context);

      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT id, subject, body FROM mail_outbox ORDER BY id")) {
        rs.next();
        assertThat(rs.getString("subject")).startsWith("k1:");
        assertThat(cipher.decrypt(rs.getString("subject"))).isEqualTo("重置绿哨账号密码");
        assertThat(cipher.decrypt(rs.getString("body"))).isEqualTo("打开 http://x/reset-password?token=removed 即可");
        rs.next();
        // a mail still to be sent keeps its link
        assertThat(cipher.decrypt(rs.getString("body"))).isEqualTo("打开 http://x/verify-email?token=Def12");
      }
    }
  }
}
