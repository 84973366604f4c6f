package org.greenwhistle.base.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import elemental.json.JsonArray;
import elemental.json.JsonType;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An optional map pin. Tiles only when configured, and then the map (and {@link Leaflet} with it) only once the
 * reporter opens it. The device's position works without any tiles.
 */
public class LocationPicker extends CustomField<LocationPicker.Coordinates> {
  public record Coordinates(BigDecimal latitude, BigDecimal longitude) {
    static Coordinates of(double lat, double lng) {
      return new Coordinates(BigDecimal.valueOf(lat).setScale(6, RoundingMode.HALF_UP),
          BigDecimal.valueOf(lng).setScale(6, RoundingMode.HALF_UP));
    }
  }

  private final Span shown = new Span();
  private final MapDiv map = new MapDiv();
  private Coordinates value;

  public LocationPicker(MapProperties properties) {
    Button here = new Button(getTranslation("location.useMine"), e -> locateDevice());
    here.addThemeVariants(ButtonVariant.LUMO_SMALL);
    here.setId("location-here");
    Button clear = new Button(getTranslation("location.clear"), e -> update(null));
    clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    shown.setId("location-value");
    VerticalLayout layout = new VerticalLayout();
    layout.setPadding(false);
    layout.setSpacing(false);
    if (!properties.tileUrl().isBlank()) {
      Button open = new Button(getTranslation("location.openMap"));
      open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      open.setId("location-map-open");
      open.addClickListener(e -> {
        layout.replace(open, map);
        showMap(properties);
      });
      layout.add(open);
    }
    HorizontalLayout row = new HorizontalLayout(here, clear, shown);
    row.setAlignItems(HorizontalLayout.Alignment.CENTER);
    row.getStyle().set("flex-wrap", "wrap");
    layout.add(row);
    add(layout);
    update(null);
  }

  private void showMap(MapProperties properties) {
    map.setWidthFull();
    map.setHeight("16rem");
    Leaflet.show(map.getElement(), """
        const el = this;
        const map = L.map(el).setView([35.0, 105.0], 4);
        L.tileLayer($0, {maxZoom: 18, attribution: $1}).addTo(map);
        let marker = null;
        map.on('click', e => {
          if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng).addTo(map); }
          el.$server.pinned(e.latlng.lat, e.latlng.lng);
        });""", properties.tileUrl(), properties.attribution());
  }

  private void locateDevice() {
    getElement().executeJs("""
        return new Promise(resolve => {
          if (!navigator.geolocation) { resolve(null); return; }
          navigator.geolocation.getCurrentPosition(
            p => resolve([p.coords.latitude, p.coords.longitude]), () => resolve(null), {timeout: 10000});
        });""").then(json -> {
          if (json.getType() == JsonType.ARRAY) {
            JsonArray a = (JsonArray) json;
            update(Coordinates.of(a.getNumber(0), a.getNumber(1)));
          } else {
            shown.setText(getTranslation("location.unavailable"));
          }
        });
  }

  private void update(Coordinates coordinates) {
    value = coordinates;
    shown.setText(coordinates == null ? getTranslation("location.none")
        : coordinates.latitude().toPlainString() + ", " + coordinates.longitude().toPlainString());
    updateValue();
  }

  @Override
  protected Coordinates generateModelValue() {
    return value;
  }

  @Override
  protected void setPresentationValue(Coordinates coordinates) {
    value = coordinates;
    shown.setText(coordinates == null ? getTranslation("location.none")
        : coordinates.latitude().toPlainString() + ", " + coordinates.longitude().toPlainString());
  }

  @Tag("div")
  private class MapDiv extends Div {
    @ClientCallable
    void pinned(double lat, double lng) {
      update(Coordinates.of(lat, lng));
    }
  }
}
