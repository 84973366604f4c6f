package org.greenwhistle.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.mail.domain.MailReason;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the outbox as the tests need it: rows decrypted with the field key, as only the app itself could. */
public class StoredMails {
  private final JdbcTemplate jdbc;
  private final FieldCipher cipher;

  public StoredMails(JdbcTemplate jdbc, FieldCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
  }

  /** One stored row; {@code body} as stored (decrypted), {@code link} the link kept apart, null once dropped. */
  public record Row(long id, String reason, String recipient, String subject, String body, String link, String status,
                    Instant notAfter) {
    /** The body as delivered: the link in its place. */
    public String deliveredBody() {
      return link == null ? body : body.replace("[[link]]", link);
    }
  }

  public List<Row> all() {
    return jdbc.query("SELECT id, reason, recipient_encrypted, subject, body, secret_encrypted, status, not_after "
        + "FROM mail_outbox ORDER BY id DESC", (rs, i) -> {
          Timestamp notAfter = rs.getTimestamp("not_after");
          return new Row(rs.getLong("id"), rs.getString("reason"), cipher.decrypt(rs.getString("recipient_encrypted")),
              cipher.decrypt(rs.getString("subject")), cipher.decrypt(rs.getString("body")),
              cipher.decrypt(rs.getString("secret_encrypted")), rs.getString("status"),
              notAfter == null ? null : notAfter.toInstant());
        });
  }

  public Row byId(long id) {
    return all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  /** The newest mail for this reason to this recipient. */
  public Row newest(MailReason reason, String recipient) {
    return all().stream().filter(r -> r.reason().equals(reason.name()) && r.recipient().equals(recipient))
        .findFirst().orElseThrow(() -> new AssertionError("no " + reason + " mail to the recipient"));
  }

  public long countContaining(String text) {
    return all().stream().filter(r -> r.deliveredBody().contains(text)).count();
  }
}
