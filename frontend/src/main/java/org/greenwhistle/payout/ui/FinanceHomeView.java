package org.greenwhistle.payout.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenwhistle.base.ui.MainLayout;
import org.greenwhistle.base.ui.ProblemNotification;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.identity.service.AccountPrincipal;
import org.greenwhistle.payout.domain.LedgerRow;
import org.greenwhistle.payout.domain.PayoutBatch;
import org.greenwhistle.payout.domain.PayoutDetail;
import org.greenwhistle.payout.domain.PayoutFilter;
import org.greenwhistle.payout.domain.PayoutRow;
import org.greenwhistle.processes.RewardModel;
import org.greenwhistle.reward.service.FinanceApprovalTask;
import org.greenwhistle.reward.service.RecordPayoutTask;
import org.greenwhistle.payout.service.PayoutService;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.service.ReceiptCodes;
import org.greenwhistle.reward.domain.RewardStatus;

/**
 * Home of FINANCE: the payout queue of their region (approve or reject, record payments), bank batches of
 * claimed rewards, and the ledger. Names and bank data appear only in a payout's dialog.
 */
@Route(value = "finance", layout = MainLayout.class)
@RolesAllowed("FINANCE")
public class FinanceHomeView extends VerticalLayout {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);

  private final transient PayoutService payouts;
  private final transient RegionService regions;
  private final Grid<PayoutRow> queue = new Grid<>();
  private final Grid<PayoutBatch> batches = new Grid<>();
  private final Grid<LedgerRow> ledger = new Grid<>();
  private final Select<RewardStatus> status = new Select<>();
  private final TextField search = new TextField();
  private final VerticalLayout downloads = new VerticalLayout();

  public FinanceHomeView(AuthenticationContext authentication, RegionService regions, PayoutService payouts) {
    this.payouts = payouts;
    this.regions = regions;
    AccountPrincipal user = authentication.getAuthenticatedUser(AccountPrincipal.class).orElseThrow();
    H2 heading = new H2(getTranslation("finance.heading"));
    heading.setId("finance-home");
    Span region = new Span(getTranslation("staff.region", regions.fullName(user.getRegionCode()),
        user.getRegionCode()));
    region.setId("staff-region");
    TabSheet tabs = new TabSheet();
    tabs.add(getTranslation("finance.queue"), queueTab());
    tabs.add(getTranslation("finance.batches"), batchesTab());
    tabs.add(getTranslation("finance.ledger"), ledgerTab());
    tabs.setWidthFull();
    add(heading, region, tabs);
    setSizeFull();
  }

  private Component queueTab() {
    status.setLabel(getTranslation("finance.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("finance.allStatuses"));
    status.setItems(RewardStatus.FINANCE_APPROVAL, RewardStatus.GRANTED, RewardStatus.CLAIMED, RewardStatus.PAID,
        RewardStatus.FORFEITED);
    status.setItemLabelGenerator(s -> s == null ? getTranslation("finance.allStatuses")
        : getTranslation("reward.status." + s.name()));
    status.setId("finance-status");
    status.addValueChangeListener(e -> queue.getDataProvider().refreshAll());
    search.setLabel(getTranslation("finance.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> queue.getDataProvider().refreshAll());
    search.setId("finance-search");
    Button export = new Button(getTranslation("finance.export"), e -> exportBatch());
    export.setId("finance-export");
    HorizontalLayout filters = new HorizontalLayout(status, search, export);
    filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    queue.addColumn(r -> ReceiptCodes.display(r.trackingCode())).setHeader(getTranslation("inbox.code")).setAutoWidth(true);
    queue.addColumn(r -> getTranslation("reward.status." + r.status().name())).setHeader(getTranslation("finance.status"));
    queue.addColumn(r -> r.amount() == null ? "" : r.amount().toPlainString()).setHeader(getTranslation("finance.amount"));
    queue.addColumn(r -> regions.fullName(r.provinceCode())).setHeader(getTranslation("finance.province"));
    queue.addColumn(r -> r.taskKey() == null ? "" : getTranslation("task." + r.taskKey()))
        .setHeader(getTranslation("finance.step"));
    queue.addColumn(r -> TIME.format(r.updatedAt())).setHeader(getTranslation("finance.updated"));
    queue.setItems(q -> payouts.queue(filter(), q.getOffset(), q.getLimit()).stream(),
        q -> (int) payouts.countQueue(filter()));
    queue.addItemClickListener(e -> open(e.getItem().rewardId()));
    queue.setId("payout-queue");
    VerticalLayout tab = new VerticalLayout(filters, downloads, queue);
    tab.setPadding(false);
    return tab;
  }

  private Component batchesTab() {
    batches.addColumn(PayoutBatch::id).setHeader("#");
    batches.addColumn(b -> TIME.format(b.createdAt())).setHeader(getTranslation("finance.exportedAt"));
    batches.addColumn(PayoutBatch::createdBy).setHeader(getTranslation("finance.exportedBy"));
    batches.addColumn(PayoutBatch::itemCount).setHeader(getTranslation("finance.items"));
    batches.addColumn(b -> b.total().toPlainString()).setHeader(getTranslation("finance.amount"));
    batches.addComponentColumn(b -> download(b.id())).setHeader("CSV");
    batches.setItems(q -> payouts.batches(q.getOffset(), q.getLimit()).stream());
    batches.setId("payout-batches");
    return batches;
  }

  private Component ledgerTab() {
    ledger.addColumn(r -> regions.fullName(r.provinceCode())).setHeader(getTranslation("finance.province"));
    ledger.addColumn(r -> r.paidYear() + "-" + String.format("%02d", r.paidMonth())).setHeader(getTranslation("finance.month"));
    ledger.addColumn(LedgerRow::count).setHeader(getTranslation("finance.items"));
    ledger.addColumn(r -> r.total().toPlainString()).setHeader(getTranslation("finance.amount"));
    // aggregates: one row per province and month
    ledger.setItems(q -> payouts.ledger().stream().skip(q.getOffset()).limit(q.getLimit()));
    ledger.setId("payout-ledger");
    return ledger;
  }

  private PayoutFilter filter() {
    return new PayoutFilter(status.getValue(), null, search.getValue());
  }

  private void exportBatch() {
    try {
      PayoutService.BatchFile file = payouts.exportBatch();
      downloads.removeAll();
      Anchor link = new Anchor(new StreamResource(file.fileName(), () -> new ByteArrayInputStream(file.content())),
          getTranslation("finance.download", file.batchId(), file.total().toPlainString()));
      link.getElement().setAttribute("download", true);
      link.setId("batch-download");
      downloads.add(link);
      queue.getDataProvider().refreshAll();
      batches.getDataProvider().refreshAll();
    } catch (InvalidInputException e) {
      error(e.problems());
    }
  }

  private Anchor download(long batchId) {
    Anchor link = new Anchor(new StreamResource("payout-batch-" + batchId + ".csv",
        () -> new ByteArrayInputStream(payouts.batchFile(batchId).content())), getTranslation("finance.downloadAgain"));
    link.getElement().setAttribute("download", true);
    return link;
  }

  private void open(long rewardId) {
    PayoutDetail d;
    try {
      d = payouts.payout(rewardId);
    } catch (NotFoundException e) {
      queue.getDataProvider().refreshAll();
      return;
    }
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle(getTranslation("finance.payout", ReceiptCodes.display(d.row().trackingCode())));
    dialog.setId("payout-dialog");
    UnorderedList facts = new UnorderedList();
    facts.add(new ListItem(getTranslation("finance.amountLine", d.row().amount().toPlainString(), d.row().ruleSet())));
    facts.add(new ListItem(getTranslation("finance.reviewers", d.reviewedBy(),
        d.secondApprovedBy() == null ? "—" : d.secondApprovedBy())));
    ListItem reporter = new ListItem(getTranslation("finance.reporter",
        d.reporterName() == null ? getTranslation("reward.anonymous") : d.reporterName()));
    reporter.setId("payout-reporter");
    facts.add(reporter);
    if (d.bankAccount() != null) {
      ListItem bank = new ListItem(getTranslation("finance.bank", d.payeeName(), d.bankName(), d.bankAccount()));
      bank.setId("payout-bank");
      facts.add(bank);
    }
    if (d.row().paymentReference() != null) {
      facts.add(new ListItem(getTranslation("finance.paid", d.row().paymentReference(), d.row().paymentDate())));
    }
    UnorderedList basis = new UnorderedList();
    boolean english = "en".equals(getLocale().getLanguage());
    d.basis().forEach(l -> basis.add(new ListItem(english ? l.en() : l.zh())));
    VerticalLayout body = new VerticalLayout(facts, new H3(getTranslation("finance.basis")), basis);
    Runnable completed = () -> {
      dialog.close();
      queue.getDataProvider().refreshAll();
      ledger.getDataProvider().refreshAll();
    };
    if (RewardModel.Task.FINANCE_APPROVAL.equals(d.row().taskKey())) {
      body.add(new FinanceApprovalPanel(new FinanceApprovalTask.Form(), f -> payouts.decide(rewardId, f), completed));
    } else if (RewardModel.Task.RECORD_PAYOUT.equals(d.row().taskKey())) {
      body.add(new RecordPayoutPanel(new RecordPayoutTask.Form(null, LocalDate.now(CHINA)),
          f -> payouts.recordPayment(rewardId, f), completed));
    }
    dialog.add(body);
    Button close = new Button(getTranslation("finance.close"), e -> dialog.close());
    close.setId("payout-close");
    dialog.getFooter().add(close);
    dialog.open();
  }

  private void act(Dialog dialog, Runnable action) {
    try {
      action.run();
      dialog.close();
      Notification.show(getTranslation("case.completed"), 3000, Notification.Position.BOTTOM_START);
      queue.getDataProvider().refreshAll();
      ledger.getDataProvider().refreshAll();
    } catch (InvalidInputException e) {
      error(e.problems());
    } catch (NotFoundException e) {
      dialog.close();
      queue.getDataProvider().refreshAll();
    }
  }

  private void error(List<FieldProblem> problems) {
    ProblemNotification.open("payout-error", problems);
  }

}
