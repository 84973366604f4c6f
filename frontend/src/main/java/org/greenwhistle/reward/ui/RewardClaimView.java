package org.greenwhistle.reward.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.common.problem.FieldProblem;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.common.problem.TooManyRequestsException;
import org.greenwhistle.report.ui.FollowUpView;
import org.greenwhistle.reward.domain.RewardStatus;
import org.greenwhistle.reward.service.RewardClaimService;

/**
 * The reporter claims a granted reward with the receipt: a real-name reporter repeats name and ID number as given
 * in the report, an anonymous one names the account holder; the bank account is asked only here.
 */
@Route(value = "reward-claim", layout = PortalLayout.class)
@AnonymousAllowed
public class RewardClaimView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

  private final transient RewardClaimService claims;
  private final TextField code = new TextField();
  private final PasswordField key = new PasswordField();
  private final Div result = new Div();
  private final Span error = new Span();

  public RewardClaimView(RewardClaimService claims) {
    this.claims = claims;
    setMaxWidth("40rem");
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("claim.heading"));
    heading.setId("claim-heading");
    code.setLabel(getTranslation("receipt.code"));
    code.setId("claim-code");
    code.setWidthFull();
    key.setLabel(getTranslation("receipt.key"));
    key.setId("claim-key");
    key.setWidthFull();
    Button open = new Button(getTranslation("followUp.open"), e -> show());
    open.setId("claim-open");
    error.setId("claim-error");
    error.getStyle().set("color", "var(--lumo-error-text-color)");
    result.setWidthFull();
    add(heading, new Paragraph(getTranslation("claim.intro")), code, key, open, error, result);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Object receipt = ComponentUtil.getData(event.getUI(), FollowUpView.RECEIPT);
    if (receipt instanceof String[] r && r.length == 2) {
      code.setValue(r[0]);
      key.setValue(r[1]);
      show();
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("claim.heading");
  }

  private void show() {
    result.removeAll();
    error.setText("");
    List<RewardClaimService.RewardView> rewards;
    try {
      rewards = claims.rewards(code.getValue(), key.getValue());
    } catch (NotFoundException e) {
      error.setText(getTranslation("followUp.error.notFound"));
      return;
    } catch (TooManyRequestsException e) {
      error.setText(getTranslation(e.messageKey()));
      return;
    }
    if (rewards.isEmpty()) {
      result.add(new Paragraph(getTranslation("claim.none")));
    }
    for (RewardClaimService.RewardView r : rewards) {
      VerticalLayout box = new VerticalLayout();
      box.setId("claim-reward-" + r.id());
      Span status = new Span(getTranslation("reward.status." + r.status().name()));
      status.getElement().getThemeList().add("badge");
      status.setId("claim-status");
      box.add(new H3(getTranslation(r.supplementary() ? "claim.supplementary" : "claim.reward",
          r.amount().toPlainString())), status);
      if (r.status() == RewardStatus.GRANTED) {
        box.add(new Paragraph(getTranslation("claim.deadline", DATE.format(r.claimDeadline()))));
        box.add(form(r));
      } else if (r.status() == RewardStatus.PAID && r.paymentDate() != null) {
        box.add(new Paragraph(getTranslation("claim.paidOn", r.paymentDate().toString())));
      }
      result.add(box);
    }
  }

  private VerticalLayout form(RewardClaimService.RewardView r) {
    VerticalLayout form = new VerticalLayout();
    form.setPadding(false);
    TextField name = new TextField(getTranslation(r.anonymous() ? "claim.payeeName" : "claim.name"));
    name.setId("claim-name");
    name.setWidthFull();
    TextField idNumber = new TextField(getTranslation("claim.idNumber"));
    idNumber.setId("claim-id-number");
    idNumber.setWidthFull();
    TextField bank = new TextField(getTranslation("claim.bankName"));
    bank.setId("claim-bank");
    bank.setWidthFull();
    TextField account = new TextField(getTranslation("claim.bankAccount"));
    account.setId("claim-account");
    account.setWidthFull();
    Button submit = new Button(getTranslation("claim.submit"), e -> {
      try {
        claims.claim(code.getValue(), key.getValue(), r.id(), r.anonymous()
            ? new RewardClaimService.ClaimForm(null, null, name.getValue(), bank.getValue(), account.getValue())
            : new RewardClaimService.ClaimForm(name.getValue(), idNumber.getValue(), null, bank.getValue(),
                account.getValue()));
        show();
      } catch (InvalidInputException ex) {
        problems(ex.problems());
      } catch (NotFoundException ex) {
        show();
      }
    });
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.setId("claim-submit");
    form.add(new Paragraph(getTranslation(r.anonymous() ? "claim.anonymousHelp" : "claim.realNameHelp")), name);
    if (!r.anonymous()) {
      form.add(idNumber);
    }
    form.add(bank, account, submit);
    return form;
  }

  private void problems(List<FieldProblem> problems) {
    error.setText(String.join(" ", problems.stream().map(p -> getTranslation(p.messageKey(), p.args().toArray()))
        .toList()));
  }
}
