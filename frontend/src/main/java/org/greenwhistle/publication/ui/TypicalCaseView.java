package org.greenwhistle.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.common.problem.NotFoundException;
import org.greenwhistle.publication.domain.PublishedCase;
import org.greenwhistle.publication.domain.TypicalCase;
import org.greenwhistle.publication.service.PublicTypicalCases;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One published typical case at its stable address {@code /cases/{id}}: the five sections under their headings
 * (【制度背景】… in Chinese, English labels in English), place, category, year, batch, publication date, and the link
 * to share. A case that is not published answers "not found".
 */
@Route(value = "cases", layout = PortalLayout.class)
@AnonymousAllowed
public class TypicalCaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));

  private final transient PublicTypicalCases cases;
  private String pageTitle;

  public TypicalCaseView(PublicTypicalCases cases) {
    this.cases = cases;
    setMaxWidth("48rem");
    getStyle().set("margin", "0 auto");
  }

  @Override
  public void setParameter(BeforeEvent event, Long id) {
    removeAll();
    Anchor back = new Anchor("cases", getTranslation("publication.detail.back"));
    back.setId("typical-case-back");
    add(back);
    PublishedCase c;
    try {
      c = id == null ? null : cases.find(id);
    } catch (NotFoundException e) {
      c = null;
    }
    if (c == null) {
      pageTitle = getTranslation("nav.typicalCases");
      Paragraph notFound = new Paragraph(getTranslation("publication.error.notFound"));
      notFound.setId("typical-case-not-found");
      add(notFound);
      return;
    }
    pageTitle = getTranslation("publication.detail.pageTitle", c.title());
    H2 title = new H2(c.title());
    title.setId("typical-case-title");
    title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("line-height", "var(--lumo-line-height-s)");
    List<String> facts = new ArrayList<>();
    if (c.place() != null) {
      facts.add(c.place());
    }
    if (c.category() != null) {
      facts.add(getTranslation("category." + c.category()));
    }
    if (c.caseYear() != null) {
      facts.add(getTranslation("publication.list.year.value", c.caseYear()));
    }
    Div meta = new Div(String.join(" · ", facts));
    meta.setId("typical-case-meta");
    Div batch = new Div((c.batchNo() == null ? "" : getTranslation("publication.batch", c.batchNo()) + " "
        + (c.batchTitle() == null ? "" : "《" + c.batchTitle() + "》") + " · ")
        + getTranslation("publication.detail.published", DATE.format(c.publishedAt())));
    batch.setId("typical-case-batch");
    for (Div d : List.of(meta, batch)) {
      d.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
    }
    add(title, meta, batch);

    List<String> texts = List.of(nullToEmpty(c.background()), nullToEmpty(c.facts()), nullToEmpty(c.handling()),
        nullToEmpty(c.reward()), nullToEmpty(c.significance()));
    for (int i = 0; i < TypicalCase.SECTIONS.size(); i++) {
      String key = TypicalCase.SECTIONS.get(i);
      H3 heading = new H3(getTranslation("publication.field." + key));
      heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "var(--lumo-space-m) 0 0");
      Paragraph text = new Paragraph(texts.get(i));
      text.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0").set("line-height", "1.8");
      Div section = new Div(heading, text);
      section.setId("typical-case-section-" + key);
      section.setWidthFull();
      add(section);
    }
    add(share(c.id()));
  }

  private HorizontalLayout share(long id) {
    String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/cases/{id}").buildAndExpand(id)
        .toUriString();
    TextField link = new TextField(getTranslation("publication.detail.share"), url, "");
    link.setReadOnly(true);
    link.setId("typical-case-share-url");
    link.setWidthFull();
    Button copy = new Button(getTranslation("publication.detail.copy"), VaadinIcon.COPY.create(), e -> {
      link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
      Notification.show(getTranslation("publication.detail.copied"), 2000, Notification.Position.BOTTOM_CENTER);
    });
    copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    copy.setId("typical-case-copy");
    HorizontalLayout row = new HorizontalLayout(link, copy);
    row.setWidthFull();
    row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    row.expand(link);
    return row;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String getPageTitle() {
    return pageTitle == null ? getTranslation("nav.typicalCases") : pageTitle;
  }
}
