package org.greenwhistle.common.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Moves a database to the configured history level before the engine checks it. Camunda refuses to start when
 * the level stored in {@code ACT_GE_PROPERTY} differs from the configured one ("historyLevel mismatch"); the
 * product moved from {@code full} to {@code audit} (our own audit chain is the case record, and {@code full}'s
 * variable details and job log cost a fifth of the engine's rows per report), so existing installations are
 * switched here, once, at the first start of the new version. Idempotent, so several nodes may start together.
 */
@Component
public class HistoryLevelMigrationPlugin extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(HistoryLevelMigrationPlugin.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryLevel configured = configuration.getHistoryLevel();
    if (configured == null || configured.getId() < HistoryLevel.HISTORY_LEVEL_NONE.getId()
        || configured.getId() > HistoryLevel.HISTORY_LEVEL_FULL.getId()) {
      return; // "auto" or a custom level: the engine decides
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_GE_PROPERTY";
    try (Connection c = configuration.getDataSource().getConnection()) {
      Integer stored = storedLevel(c, table);
      if (stored == null || stored == configured.getId()) {
        return;
      }
      boolean autoCommit = c.getAutoCommit();
      try (PreparedStatement update = c.prepareStatement(
          "UPDATE " + table + " SET VALUE_ = ?, REV_ = REV_ + 1 WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
        update.setString(1, Integer.toString(configured.getId()));
        update.setString(2, Integer.toString(stored));
        update.executeUpdate();
      }
      if (!autoCommit) {
        c.commit();
      }
      log.info("Camunda history level of the database changed from {} to the configured {} ({})", stored,
          configured.getId(), configured.getName());
    } catch (SQLException e) {
      throw new IllegalStateException("could not align the Camunda history level with the configuration", e);
    }
  }

  /** The stored level, or null on a new database (the engine creates its tables and the property itself). */
  private static Integer storedLevel(Connection c, String table) throws SQLException {
    if (!tableExists(c, table)) {
      return null;
    }
    try (PreparedStatement select = c.prepareStatement("SELECT VALUE_ FROM " + table + " WHERE NAME_ = 'historyLevel'");
         ResultSet rs = select.executeQuery()) {
      return rs.next() ? Integer.valueOf(rs.getString(1)) : null;
    }
  }

  private static boolean tableExists(Connection c, String table) throws SQLException {
    var meta = c.getMetaData();
    for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
      try (ResultSet rs = meta.getTables(c.getCatalog(), null, name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
