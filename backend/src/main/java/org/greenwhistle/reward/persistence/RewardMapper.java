package org.greenwhistle.reward.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.greenwhistle.reward.domain.HistoricalReward;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RewardStatus;

@Mapper
public interface RewardMapper {
  /** Decision rows of a case as the rewards feature reads them (enforcement decision, criminal outcomes). */
  record DecisionRow(String taskKey, String outcome, String details) {
  }

  int insert(@Param("reportId") long reportId, @Param("processInstanceId") String processInstanceId,
             @Param("supplementary") boolean supplementary, @Param("provinceCode") String provinceCode,
             @Param("regionPath") String regionPath, @Param("now") Instant now);

  Reward findByProcessInstance(@Param("processInstanceId") String processInstanceId);

  long count();

  int erasePayee(@Param("reportId") long reportId);

  Reward findById(@Param("id") long id);

  List<Reward> findByReport(@Param("reportId") long reportId);

  BigDecimal pricedOthers(@Param("reportId") long reportId, @Param("excludeId") long excludeId);

  Long lockReport(@Param("reportId") long reportId);

  List<DecisionRow> decisions(@Param("reportId") long reportId);

  int updateStatus(@Param("id") long id, @Param("status") RewardStatus status, @Param("now") Instant now);

  int reviewed(@Param("id") long id, @Param("status") RewardStatus status, @Param("eligibility") String eligibility,
               @Param("grade") Integer grade, @Param("insider") Boolean insider,
               @Param("amountReason") String amountReason, @Param("reviewedBy") String reviewedBy,
               @Param("now") Instant now);

  int calculated(@Param("id") long id, @Param("status") RewardStatus status, @Param("ruleSet") String ruleSet,
                 @Param("amount") BigDecimal amount, @Param("min") BigDecimal min, @Param("max") BigDecimal max,
                 @Param("calculated") BigDecimal calculated, @Param("earlier") BigDecimal earlier,
                 @Param("basis") String basis, @Param("now") Instant now);

  int secondApproved(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

  int returned(@Param("id") long id, @Param("reason") String reason, @Param("now") Instant now);

  int financeApproved(@Param("id") long id, @Param("by") String by, @Param("now") Instant now);

  int granted(@Param("id") long id, @Param("deadline") Instant deadline, @Param("now") Instant now);

  /** Only a GRANTED reward inside its window can be claimed, once. */
  int claimed(@Param("id") long id, @Param("payeeNameEnc") String payeeNameEnc, @Param("bankNameEnc") String bankNameEnc,
              @Param("bankAccountEnc") String bankAccountEnc, @Param("now") Instant now);

  int paid(@Param("id") long id, @Param("reference") String reference, @Param("date") LocalDate date,
           @Param("by") String by, @Param("now") Instant now);

  void insertHistorical(@Param("rows") List<HistoricalReward> rows);
}
