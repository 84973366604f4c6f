package org.greenwhistle.base.ui;

import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;

/** A read-only map with one pin ({@link Leaflet}, fetched with the first map); only when map tiles are configured. */
public class LocationMap extends Div {
  public LocationMap(MapProperties properties, BigDecimal latitude, BigDecimal longitude) {
    setWidthFull();
    setHeight("16rem");
    Leaflet.show(getElement(), """
        const map = L.map(this).setView([$0, $1], 15);
        L.tileLayer($2, {maxZoom: 18, attribution: $3}).addTo(map);
        L.marker([$0, $1]).addTo(map);""", latitude.doubleValue(), longitude.doubleValue(), properties.tileUrl(),
        properties.attribution());
  }

  public static boolean available(MapProperties properties) {
    return !properties.tileUrl().isBlank();
  }
}
