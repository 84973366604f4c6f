package org.greenwhistle.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Chinese by default; the header's language switch stores the choice in the session. */
@Component
class LocaleSetup implements VaadinServiceInitListener {
  static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
  static final String SESSION_LOCALE = "greenwhistle.locale";

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.getSource().addUIInitListener(ui -> {
      VaadinSession session = ui.getUI().getSession();
      Object chosen = session.getAttribute(SESSION_LOCALE);
      ui.getUI().setLocale(chosen instanceof Locale l ? l : CHINESE);
    });
  }
}
