package org.greenwhistle.base.ui;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;

/** A read-only map with one pin (Leaflet from its WebJar); shown only when map tiles are configured. */
@JavaScript("context://webjars/leaflet/1.9.4/dist/leaflet.js")
@StyleSheet("context://webjars/leaflet/1.9.4/dist/leaflet.css")
public class LocationMap extends Div {
  public LocationMap(MapProperties properties, BigDecimal latitude, BigDecimal longitude) {
    setWidthFull();
    setHeight("16rem");
    getElement().executeJs("""
        const map = L.map(this).setView([$0, $1], 15);
        L.tileLayer($2, {maxZoom: 18, attribution: $3}).addTo(map);
        L.marker([$0, $1]).addTo(map);""", latitude.doubleValue(), longitude.doubleValue(), properties.tileUrl(),
        properties.attribution());
  }

  public static boolean available(MapProperties properties) {
    return !properties.tileUrl().isBlank();
  }
}
