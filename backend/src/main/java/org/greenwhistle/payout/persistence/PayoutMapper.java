package org.greenwhistle.payout.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.payout.domain.LedgerRow;
import org.greenwhistle.payout.domain.PayoutBatch;
import org.greenwhistle.payout.domain.PayoutRow;

@Mapper
public interface PayoutMapper {
  /** A batch row before its items are known; {@code id} is filled in by the insert. */
  class NewBatch {
    public Long id;
    public String createdBy;
    public Instant createdAt;
  }

  List<PayoutRow> queue(@Param("regionPath") String regionPath, @Param("status") String status,
                        @Param("text") String text, @Param("offset") int offset, @Param("limit") int limit);

  long countQueue(@Param("regionPath") String regionPath, @Param("status") String status, @Param("text") String text);

  PayoutRow find(@Param("rewardId") long rewardId, @Param("regionPath") String regionPath);

  void insertBatch(NewBatch batch);

  /** Claims every unbatched CLAIMED reward of the region for the batch (atomic: a reward lands in one batch). */
  int assignToBatch(@Param("batchId") long batchId, @Param("regionPath") String regionPath,
                    @Param("exporter") String exporter, @Param("now") Instant now);

  List<Long> rewardsOfBatch(@Param("batchId") long batchId);

  void finishBatch(@Param("batchId") long batchId, @Param("count") int count, @Param("total") BigDecimal total,
                   @Param("sha256") String sha256);

  void deleteBatch(@Param("batchId") long batchId);

  /** The batch when all its rewards lie in the region (a batch is never shown to a narrower region). */
  PayoutBatch findBatch(@Param("batchId") long batchId, @Param("regionPath") String regionPath);

  List<PayoutBatch> batches(@Param("regionPath") String regionPath, @Param("offset") int offset,
                            @Param("limit") int limit);

  List<LedgerRow> ledger(@Param("regionPath") String regionPath);
}
