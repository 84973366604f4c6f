package org.greenwhistle.casework.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.apache.ibatis.session.SqlSessionFactory;
import org.greenwhistle.BackendIT;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.identity.service.AccountUserDetailsService;
import org.greenwhistle.identity.service.TestAccounts;
import org.greenwhistle.scenario.ApiTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** With 10,000 open tasks, one inbox request reads one page (LIMIT in the query), never the whole set. */
@BackendIT
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxPagingIT extends ApiTestSupport {
  private static final int SEEDED = 10_000;
  private static final String PREFIX = "PG";

  @Autowired JdbcTemplate jdbc;
  @Autowired SqlSessionFactory sessions;
  @Autowired CaseworkService casework;
  @Autowired AccountUserDetailsService users;

  private final RowCounter counter = new RowCounter();

  @BeforeAll
  void seed() {
    accounts.ensure();
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> reports = new ArrayList<>();
    for (int i = 0; i < SEEDED; i++) {
      reports.add(new Object[] {PREFIX + String.format("%010d", i), now, now});
    }
    jdbc.batchUpdate("INSERT INTO report (tracking_code, access_key_hash, status, categories, target_name, region_code, "
        + "region_path, address, observed_at, ongoing, description, anonymous, wants_reward, not_excluded_declared, "
        + "submitted_at, updated_at) VALUES (?, REPEAT('0', 64), 'ACCEPTED', 'WATER', '某企业', '510311', "
        + "'/000000/510000/510300/510311/', '地址', ?, FALSE, '批量测试数据', TRUE, FALSE, FALSE, ?, ?)",
        reports.stream().map(r -> new Object[] {r[0], r[1], r[2], r[2]}).toList());
    jdbc.update("INSERT INTO case_task (task_id, process_instance_id, report_id, tracking_code, task_key, role, region_path, "
        + "assignee, created_at, due_at, overdue, categories, target_name) SELECT CONCAT('pg-', id), "
        + "CONCAT('pg-pi-', id), id, tracking_code, 'verification', 'INVESTIGATOR', region_path, NULL, submitted_at, "
        + "submitted_at, FALSE, categories, target_name FROM report "
        + "WHERE tracking_code LIKE 'PG%'");
    jdbc.update("INSERT INTO report_category (report_id, category, region_code, submitted_at, is_open) "
        + "SELECT id, 'WATER', region_code, submitted_at, TRUE FROM report WHERE tracking_code LIKE 'PG%'");
    sessions.getConfiguration().addInterceptor(counter);
  }

  @AfterAll
  void clean() {
    jdbc.update("DELETE FROM case_task WHERE task_id LIKE 'pg-%'");
    jdbc.update("DELETE FROM report_category WHERE report_id IN (SELECT id FROM report WHERE tracking_code LIKE 'PG%')");
    jdbc.update("DELETE FROM report WHERE tracking_code LIKE 'PG%'");
    SecurityContextHolder.clearContext();
  }

  @Test
  void eachInboxRequestReadsOnePage() {
    var principal = users.loadUserByUsername(TestAccounts.INVESTIGATOR);
    SecurityContextHolder.getContext().setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));

    assertThat(casework.countInbox(null, null, null)).isGreaterThanOrEqualTo(SEEDED);
    counter.reset();
    assertThat(casework.inbox(null, null, null, 0, 50)).hasSize(50);
    assertThat(casework.inbox(null, null, null, 9_950, 50)).hasSize(50);
    assertThat(casework.inbox(null, "WATER", "PG00000", 0, 50)).hasSize(50);
    // the mapper returned 50 rows per call: the database did the paging
    assertThat(counter.calls.get()).isEqualTo(3);
    assertThat(counter.maxRows.get()).isEqualTo(50);
    // and the service never asks for more than a page, whatever the caller requests
    assertThat(casework.inbox(null, null, null, 0, 100_000)).hasSize(200);
  }

  /** Counts the rows each inbox query returns. */
  @Intercepts(@Signature(type = Executor.class, method = "query",
      args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static class RowCounter implements Interceptor {
    final AtomicInteger calls = new AtomicInteger();
    final AtomicInteger maxRows = new AtomicInteger();

    void reset() {
      calls.set(0);
      maxRows.set(0);
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      Object result = invocation.proceed();
      MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
      if (statement.getId().endsWith("CaseTaskMapper.inbox") && result instanceof List<?> rows) {
        calls.incrementAndGet();
        maxRows.accumulateAndGet(rows.size(), Math::max);
      }
      return result;
    }

    @Override
    public void setProperties(Properties properties) {
    }
  }
}
