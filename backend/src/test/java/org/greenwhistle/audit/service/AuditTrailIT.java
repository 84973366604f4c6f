package org.greenwhistle.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.greenwhistle.BackendIT;
import org.greenwhistle.audit.domain.ChainVerification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

@BackendIT
class AuditTrailIT {
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  @Test
  @WithMockUser(roles = "ADMIN")
  void detectsATamperedEntry() {
    String chain = "GW-" + UUID.randomUUID().toString().substring(0, 8);
    tx.executeWithoutResult(s -> {
      audit.record(chain, "intake", "INTAKE_ACCEPTED", "intakeReview", null);
      audit.record(chain, "investigator", "VERIFICATION_RECORDED", "verification", "outcome=CONFIRMED");
      audit.record(chain, "leader", "CLOSURE_APPROVED", "closureApproval", null);
    });
    assertThat(audit.verify(chain)).extracting(ChainVerification::intact, ChainVerification::entries)
        .containsExactly(true, 3);

    jdbc.update("UPDATE audit_entry SET detail = 'outcome=NOT_CONFIRMED' WHERE chain_key = ? AND seq = 2", chain);

    ChainVerification result = audit.verify(chain);
    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(2);
  }

  @Test
  @WithMockUser(roles = "ADMIN")
  void detectsADeletedEntry() {
    String chain = "GW-" + UUID.randomUUID().toString().substring(0, 8);
    tx.executeWithoutResult(s -> {
      audit.record(chain, "a", "ONE", null, null);
      audit.record(chain, "a", "TWO", null, null);
      audit.record(chain, "a", "THREE", null, null);
    });
    jdbc.update("DELETE FROM audit_entry WHERE chain_key = ? AND seq = 2", chain);
    assertThat(audit.verify(chain).firstBrokenSeq()).isEqualTo(3);
  }
}
