package org.greenwhistle.mail.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.greenwhistle.common.crypto.FieldCipher;
import org.springframework.stereotype.Component;

/**
 * Migration 14.1: encrypts the subjects and bodies stored in plain text before V14 (it needs the field key, so it is
 * Java; Spring Boot hands such beans to Flyway). Links in mail already delivered lose their token on the way, as
 * they would have under the new rules.
 */
@Component
class EncryptStoredMail implements JavaMigration {
  private final FieldCipher cipher;

  EncryptStoredMail(FieldCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("14.1");
  }

  @Override
  public String getDescription() {
    return "encrypt stored mail";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (Statement select = context.getConnection().createStatement();
         ResultSet rows = select.executeQuery("SELECT id, subject, body, status FROM mail_outbox");
         PreparedStatement update = context.getConnection().prepareStatement(
             "UPDATE mail_outbox SET subject = ?, body = ? WHERE id = ?")) {
      while (rows.next()) {
        String body = rows.getString("body");
        if (!"PENDING".equals(rows.getString("status")) && !"SENDING".equals(rows.getString("status"))) {
          body = body.replaceAll("token=[A-Za-z0-9_-]+", "token=removed");
        }
        update.setString(1, cipher.encrypt(rows.getString("subject")));
        update.setString(2, cipher.encrypt(body));
        update.setLong(3, rows.getLong("id"));
        update.executeUpdate();
      }
    }
  }
}
