package org.greenwhistle.publication.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.base.ui.PortalLayout;
import org.greenwhistle.publication.domain.PublicFacets;
import org.greenwhistle.publication.domain.PublishedCaseSummary;
import org.greenwhistle.publication.domain.TypicalCaseBatch;
import org.greenwhistle.publication.service.PublicTypicalCases;
import org.greenwhistle.region.service.RegionService;

/**
 * The public list of typical cases: cards with place, category, year and batch, filtered by province, category,
 * year, batch and text; paged lazily from the database; readable on a phone. Each card links to the case's page.
 */
@Route(value = "cases", layout = PortalLayout.class)
@AnonymousAllowed
public class TypicalCasesView extends VerticalLayout implements HasDynamicTitle {
  private final transient PublicTypicalCases cases;
  private final transient RegionService regions;
  private final Select<String> province = new Select<>();
  private final Select<String> category = new Select<>();
  private final Select<Integer> year = new Select<>();
  private final Select<Integer> batch = new Select<>();
  private final TextField search = new TextField();
  private final Span count = new Span();
  private final Paragraph empty = new Paragraph();
  private final VirtualList<PublishedCaseSummary> list = new VirtualList<>();

  public TypicalCasesView(PublicTypicalCases cases, RegionService regions) {
    this.cases = cases;
    this.regions = regions;
    setMaxWidth("56rem");
    setHeightFull();
    getStyle().set("margin", "0 auto");
    H2 heading = new H2(getTranslation("publication.list.heading"));
    heading.setId("typical-cases-heading");
    heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
    Paragraph intro = new Paragraph(getTranslation("publication.list.intro"));
    intro.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");

    PublicFacets facets = cases.facets();
    String all = getTranslation("publication.list.all");
    setUp(province, "typical-cases-province", "publication.list.province", facets.provinces(),
        p -> p == null ? all : regions.fullName(p));
    setUp(category, "typical-cases-category", "publication.list.category", facets.categories(),
        c -> c == null ? all : getTranslation("category." + c));
    setUp(year, "typical-cases-year", "publication.list.year", facets.years(),
        y -> y == null ? all : getTranslation("publication.list.year.value", y));
    setUp(batch, "typical-cases-batch", "publication.list.batch",
        facets.batches().stream().map(TypicalCaseBatch::batchNo).toList(),
        b -> b == null ? all : getTranslation("publication.batch", b));
    search.setLabel(getTranslation("publication.list.search"));
    search.setPlaceholder(getTranslation("publication.list.searchPlaceholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());
    search.setId("typical-cases-search");
    search.setWidthFull();
    FlexLayout filters = new FlexLayout(province, category, year, batch);
    filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    filters.getStyle().set("gap", "var(--lumo-space-s)");
    filters.setWidthFull();
    for (Component c : List.of(province, category, year, batch)) {
      c.getElement().getStyle().set("flex", "1 1 10rem").set("min-width", "9rem");
    }

    Anchor feed = new Anchor("/api/v1/typical-cases/feed.atom", getTranslation("publication.list.feed"));
    feed.setId("typical-cases-feed");
    feed.setRouterIgnore(true);
    count.setId("typical-cases-count");
    Div meta = new Div(count, new Span(" · "), feed);
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

    empty.setText(getTranslation("publication.list.empty"));
    empty.setId("typical-cases-empty");
    empty.setVisible(false);
    list.setRenderer(new ComponentRenderer<>(this::card));
    list.setId("typical-cases-list");
    list.setWidthFull();
    list.getStyle().set("min-height", "16rem");
    add(heading, intro, search, filters, meta, empty, list);
    setFlexGrow(1, list);
    refresh();
  }

  private <T> void setUp(Select<T> select, String id, String labelKey, List<T> items,
                         com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
    select.setLabel(getTranslation(labelKey));
    select.setEmptySelectionAllowed(true);
    select.setEmptySelectionCaption(getTranslation("publication.list.all"));
    select.setItems(items);
    select.setItemLabelGenerator(labels);
    select.setId(id);
    select.addValueChangeListener(e -> refresh());
  }

  private void refresh() {
    long total = cases.count(province.getValue(), category.getValue(), year.getValue(), batch.getValue(),
        search.getValue());
    count.setText(getTranslation("publication.list.count", total));
    empty.setVisible(total == 0);
    list.setVisible(total > 0);
    list.setDataProvider(DataProvider.<PublishedCaseSummary>fromCallbacks(q -> cases.page(province.getValue(), category.getValue(), year.getValue(),
        batch.getValue(), search.getValue(), q.getOffset(), q.getLimit()).stream(),
        q -> (int) Math.min(total, Integer.MAX_VALUE)));
  }

  private Component card(PublishedCaseSummary c) {
    Anchor title = new Anchor("cases/" + c.id(), c.title());
    title.setId("typical-case-link-" + c.id());
    title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)")
        .set("line-height", "var(--lumo-line-height-s)");
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
    if (c.batchNo() != null) {
      facts.add(getTranslation("publication.batch", c.batchNo()));
    }
    Div meta = new Div(String.join(" · ", facts));
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
        .set("margin", "var(--lumo-space-xs) 0");
    Paragraph excerpt = new Paragraph(c.excerpt());
    excerpt.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
    Div card = new Div(title, meta, excerpt);
    card.setId("typical-case-card-" + c.id());
    card.addClassName("typical-case-card");
    card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
        .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
        .set("background", "var(--lumo-base-color)");
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("publication.list.heading");
  }
}
