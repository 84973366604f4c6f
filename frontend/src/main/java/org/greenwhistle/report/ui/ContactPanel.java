package org.greenwhistle.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import org.greenwhistle.common.problem.InvalidInputException;
import org.greenwhistle.report.service.FollowUpService;
import org.greenwhistle.report.service.FollowUpService.Contact;

/**
 * On the follow-up page of an anonymous report: an optional contact address for "there is news on your report"
 * (issue 22). Once saved it is never shown again, only that one is set; the reporter may remove it.
 */
class ContactPanel extends VerticalLayout {
  private final transient FollowUpService followUps;
  private final String code;
  private final String key;

  ContactPanel(FollowUpService followUps, String code, String key) {
    this.followUps = followUps;
    this.code = code;
    this.key = key;
    setPadding(false);
    setId("follow-up-contact");
    render(followUps.contact(code, key));
  }

  private void render(Contact contact) {
    removeAll();
    setVisible(contact != Contact.NOT_ANONYMOUS);
    if (contact == Contact.NOT_ANONYMOUS) {
      return;
    }
    add(new H3(getTranslation("followUp.contact.heading")), new Paragraph(getTranslation("followUp.contact.explain")));
    if (contact == Contact.SET) {
      Paragraph state = new Paragraph(getTranslation("followUp.contact.isSet"));
      state.setId("follow-up-contact-state");
      Button remove = new Button(getTranslation("followUp.contact.remove"),
          e -> render(followUps.removeContact(code, key)));
      remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
      remove.setId("follow-up-contact-remove");
      add(state, remove);
      return;
    }
    Paragraph state = new Paragraph(getTranslation("followUp.contact.none"));
    state.setId("follow-up-contact-state");
    EmailField email = new EmailField(getTranslation("followUp.contact.email"));
    email.setMaxLength(254);
    email.setId("follow-up-contact-email");
    Button save = new Button(getTranslation("followUp.contact.save"), e -> {
      try {
        render(followUps.setContact(code, key, email.getValue()));
      } catch (InvalidInputException ex) {
        email.setErrorMessage(getTranslation(ex.problems().get(0).messageKey(), ex.problems().get(0).args().toArray()));
        email.setInvalid(true);
      }
    });
    save.setId("follow-up-contact-save");
    HorizontalLayout row = new HorizontalLayout(email, save);
    row.setAlignItems(Alignment.BASELINE);
    add(state, row);
  }
}
