package org.greenwhistle.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;

/** Chinese by default; the header's language switch stores the choice in the session; html lang follows it. */
@org.springframework.stereotype.Component
class LocaleSetup implements VaadinServiceInitListener {
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final String SESSION_LOCALE = "greenwhistle.locale";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> {
      VaadinSession session = ui.getUI().getSession();
      Object chosen = session.getAttribute(SESSION_LOCALE);
      Locale locale = chosen instanceof Locale l ? l : CHINESE;
      ui.getUI().setLocale(locale);
      // screen readers pick their voice from <html lang> (WCAG 3.1.1)
      ui.getUI().getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
    });
    // an expired session reloads the page at once (no notice to click): the report form restores itself
    event.getSource().setSystemMessagesProvider(info -> {
      CustomizedSystemMessages messages = new CustomizedSystemMessages();
      messages.setSessionExpiredNotificationEnabled(false);
      return messages;
    });
  }

  /** The header's language switch: the other language for this session, the page reloaded in it. */
  static void switchLanguage() {
    Locale next = UI.getCurrent().getLocale().getLanguage().equals("zh") ? Locale.ENGLISH : CHINESE;
    VaadinSession.getCurrent().setAttribute(SESSION_LOCALE, next);
    UI.getCurrent().getPage().reload();
  }
}
