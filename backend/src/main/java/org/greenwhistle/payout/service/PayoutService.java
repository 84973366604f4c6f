package org.greenwhistle.payout.service;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenwhistle.audit.service.AuditTrail;
import org.greenwhistle.casework.service.CaseworkService;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.identity.service.CurrentUser;
import org.greenwhistle.payout.domain.LedgerRow;
import org.greenwhistle.payout.domain.PayoutBatch;
import org.greenwhistle.payout.domain.PayoutDetail;
import org.greenwhistle.payout.domain.PayoutFilter;
import org.greenwhistle.payout.domain.PayoutRow;
import org.greenwhistle.payout.persistence.PayoutMapper;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.greenwhistle.processes.RewardModel;
import org.greenwhistle.reward.service.FinanceApprovalTask;
import org.greenwhistle.reward.service.RecordPayoutTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * FINANCE's work on rewards in their region: the payout queue, approval (four-eyes, checked by the engine's task
 * rules), bank batches of claimed rewards (each reward in exactly one batch), payment records and the ledger.
 * The reporter's name and bank data appear only in {@link #payout(long)}, and every such view is audited.
 */
@Service
@Transactional
@PreAuthorize("hasRole('FINANCE')")
public class PayoutService {
  private static final String CHAIN = "finance";
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final PayoutMapper payouts;
  private final RewardMapper rewards;
  private final ReportLookup reports;
  private final CaseworkService casework;
  private final RegionService regions;
  private final CurrentUser currentUser;
  private final FieldCipher cipher;
  private final AuditTrail audit;
  private final ObjectMapper json;
  private final Clock clock;

  PayoutService(PayoutMapper payouts, RewardMapper rewards, ReportLookup reports, CaseworkService casework,
                RegionService regions, CurrentUser currentUser, FieldCipher cipher, AuditTrail audit, ObjectMapper json,
                Clock clock) {
    this.payouts = payouts;
    this.rewards = rewards;
    this.reports = reports;
    this.casework = casework;
    this.regions = regions;
    this.currentUser = currentUser;
    this.cipher = cipher;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<PayoutRow> queue(PayoutFilter filter, int offset, int limit) {
    PayoutFilter f = filter == null ? PayoutFilter.none() : filter;
    return payouts.queue(scope(f.regionCode()), f.status() == null ? null : f.status().name(), code(f.text()),
        Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
  }

  @Transactional(readOnly = true)
  public long countQueue(PayoutFilter filter) {
    PayoutFilter f = filter == null ? PayoutFilter.none() : filter;
    return payouts.countQueue(scope(f.regionCode()), f.status() == null ? null : f.status().name(), code(f.text()));
  }

  /** One payout with the reporter's name and bank data; the viewing is audited (never the values). */
  public PayoutDetail payout(long rewardId) {
    PayoutRow row = require(rewardId);
    if (row.status().ordinal() < org.greenwhistle.reward.domain.RewardStatus.FINANCE_APPROVAL.ordinal()) {
      // not a payout yet: nothing about the reporter for FINANCE
      throw new NotFoundException("payout.error.notFound");
    }
    Reward reward = rewards.findById(rewardId);
    ReportRecord report = reports.byId(reward.reportId());
    audit.record(row.trackingCode(), me().getUsername(), "PAYOUT_VIEWED", "reward", "reward=" + rewardId);
    return new PayoutDetail(row, basis(reward.basis()),
        report.isAnonymous() ? null : cipher.decrypt(report.getReporterNameEnc()),
        reward.payeeNameEnc() == null ? null : cipher.decrypt(reward.payeeNameEnc()),
        reward.bankNameEnc() == null ? null : cipher.decrypt(reward.bankNameEnc()),
        reward.bankAccountEnc() == null ? null : cipher.decrypt(reward.bankAccountEnc()), reward.reviewedBy(),
        reward.secondApprovedBy());
  }

  public void decide(long rewardId, boolean approve, String comment) {
    decide(rewardId, new FinanceApprovalTask.Form(approve, comment));
  }

  /** financeApproval with its form (see {@link FinanceApprovalTask}). */
  public void decide(long rewardId, FinanceApprovalTask.Form form) {
    PayoutRow row = requireTask(rewardId, RewardModel.Task.FINANCE_APPROVAL);
    casework.submit(row.taskId(), form);
  }

  public void recordPayment(long rewardId, String reference, LocalDate date) {
    recordPayment(rewardId, new RecordPayoutTask.Form(reference, date));
  }

  /** recordPayout with its form (see {@link RecordPayoutTask}); only for a reward exported in a bank batch. */
  public void recordPayment(long rewardId, RecordPayoutTask.Form form) {
    PayoutRow row = requireTask(rewardId, RewardModel.Task.RECORD_PAYOUT);
    if (row.batchId() == null) {
      throw new InvalidInputException(new FieldProblem("reward", "payout.error.notExported"));
    }
    casework.submit(row.taskId(), form);
  }

  /** A bank file (CSV, UTF-8) of every claimed, not yet batched reward in the caller's region. */
  public BatchFile exportBatch() {
    String path = scope(null);
    PayoutMapper.NewBatch batch = new PayoutMapper.NewBatch();
    batch.createdBy = me().getUsername();
    batch.createdAt = clock.instant();
    payouts.insertBatch(batch);
    int count = payouts.assignToBatch(batch.id, path, me().getUsername(), clock.instant());
    if (count == 0) {
      payouts.deleteBatch(batch.id);
      throw new InvalidInputException(new FieldProblem("batch", "payout.error.nothingToExport"));
    }
    BatchFile file = render(batch.id);
    payouts.finishBatch(batch.id, count, file.total(), file.sha256());
    audit.record(CHAIN, me().getUsername(), "PAYOUT_BATCH_EXPORTED", "batch-" + batch.id,
        "items=" + count + " total=" + file.total().toPlainString() + " sha256=" + file.sha256());
    return file;
  }

  /** The same file again (for a failed download); audited. */
  public BatchFile batchFile(long batchId) {
    PayoutBatch batch = payouts.findBatch(batchId, scope(null));
    if (batch == null) {
      throw new NotFoundException("payout.error.notFound");
    }
    audit.record(CHAIN, me().getUsername(), "PAYOUT_BATCH_DOWNLOADED", "batch-" + batchId, null);
    return render(batchId);
  }

  @Transactional(readOnly = true)
  public List<PayoutBatch> batches(int offset, int limit) {
    return payouts.batches(scope(null), Math.max(0, offset), Math.max(1, Math.min(limit, 200)));
  }

  @Transactional(readOnly = true)
  public List<LedgerRow> ledger() {
    return payouts.ledger(scope(null));
  }

  public record BatchFile(long batchId, String fileName, byte[] content, BigDecimal total, String sha256) {
  }

  private BatchFile render(long batchId) {
    StringBuilder csv = new StringBuilder("\uFEFFbatch,reward,tracking_code,payee_name,bank_name,bank_account,amount_cny,memo\r\n");
    BigDecimal total = BigDecimal.ZERO;
    for (long id : payouts.rewardsOfBatch(batchId)) {
      Reward r = rewards.findById(id);
      total = total.add(r.amount());
      csv.append(batchId).append(',').append(id).append(',').append(r.trackingCode()).append(',')
          .append(cell(cipher.decrypt(r.payeeNameEnc()))).append(',').append(cell(cipher.decrypt(r.bankNameEnc())))
          .append(',')
          .append(cipher.decrypt(r.bankAccountEnc())).append(',').append(r.amount().toPlainString()).append(',')
          .append(cell("举报奖励 " + r.trackingCode())).append("\r\n");
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    return new BatchFile(batchId, "payout-batch-" + batchId + ".csv", bytes, total, sha256(bytes));
  }

  /** Quotes cells with separators and defuses spreadsheet formulas. */
  private static String cell(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    return v.matches(".*[,\"\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  private PayoutRow require(long rewardId) {
    PayoutRow row = payouts.find(rewardId, scope(null));
    if (row == null) {
      throw new NotFoundException("payout.error.notFound");
    }
    return row;
  }

  private PayoutRow requireTask(long rewardId, String taskKey) {
    PayoutRow row = require(rewardId);
    if (row.taskId() == null || !taskKey.equals(row.taskKey())) {
      throw new InvalidInputException(new FieldProblem("reward", "payout.error.wrongStep"));
    }
    return row;
  }

  private List<BasisLine> basis(String basisJson) {
    try {
      return basisJson == null ? List.of() : json.readValue(basisJson, new TypeReference<List<BasisLine>>() { });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private AccountPrincipal me() {
    return currentUser.get().orElseThrow(() -> new NotFoundException("payout.error.notFound"));
  }

  /** The caller's region, or a region inside it when asked for. */
  private String scope(String regionCode) {
    String mine = regions.find(me().getRegionCode()).orElseThrow().path();
    if (regionCode != null && !regionCode.isBlank()) {
      return regions.find(regionCode.strip()).map(r -> r.path()).filter(p -> p.startsWith(mine)).orElse(mine);
    }
    return mine;
  }

  private static String code(String text) {
    return text == null || text.isBlank() ? null : text.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
