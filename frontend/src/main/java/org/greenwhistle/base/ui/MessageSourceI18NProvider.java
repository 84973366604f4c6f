package org.greenwhistle.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from the same message bundle as the REST API's messages. */
@Component
class MessageSourceI18NProvider implements I18NProvider {
  private final transient MessageSource messages;

  MessageSourceI18NProvider(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    return messages.getMessage(key, params, "!" + key, locale);
  }
}
