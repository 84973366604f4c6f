package org.greenwhistle.common.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.history.HistoryLevel;
import org.greenwhistle.BackendIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A database created with history level "full" is moved to the configured "audit" before the engine checks it. */
@BackendIT
class HistoryLevelMigrationIT {
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired HistoryLevelMigrationPlugin plugin;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void restore() {
    jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel'",
        Integer.toString(configuration.getHistoryLevel().getId()));
  }

  @Test
  void databaseWrittenAtFullIsMovedToTheConfiguredAuditLevel() {
    assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_AUDIT);
    jdbc.update("UPDATE ACT_GE_PROPERTY SET VALUE_ = '3' WHERE NAME_ = 'historyLevel'");

    plugin.postInit(configuration);

    assertThat(storedLevel()).isEqualTo("2");
    plugin.postInit(configuration); // a second node starting: nothing left to do
    assertThat(storedLevel()).isEqualTo("2");
  }

  private String storedLevel() {
    return jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY WHERE NAME_ = 'historyLevel'", String.class);
  }
}
