package org.greenwhistle.base.ui;

import com.vaadin.flow.dom.Element;
import java.io.Serializable;

/**
 * Leaflet (145 kB of script and its stylesheet, from the WebJar through the context root, no bundle build) is
 * fetched the first time a map is shown on the page, not with every form that could show one (B5 in
 * docs/performance.md). Loaded once per page; a script already there ({@code window.L}) is used as it is.
 */
final class Leaflet {
  private static final String LOAD = """
      const leaflet = window.L ? Promise.resolve(window.L) : (window.__greenwhistleLeaflet ||
        (window.__greenwhistleLeaflet = new Promise((resolve, reject) => {
          const css = document.createElement('link');
          css.rel = 'stylesheet';
          css.href = 'webjars/leaflet/1.9.4/dist/leaflet.css';
          document.head.appendChild(css);
          const js = document.createElement('script');
          js.src = 'webjars/leaflet/1.9.4/dist/leaflet.js';
          js.onload = () => resolve(window.L);
          js.onerror = reject;
          document.head.appendChild(js);
        })));
      """;

  private Leaflet() {
  }

  /** Runs {@code script} (with {@code this} the element and {@code L} Leaflet) once Leaflet is loaded. */
  static void show(Element element, String script, Serializable... parameters) {
    element.executeJs(LOAD + "return leaflet.then(L => {\n" + script + "\n});", parameters);
  }
}
