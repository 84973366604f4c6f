package org.greenwhistle.report.ui;

import com.vaadin.flow.component.Component;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.time.Duration;
import java.util.Optional;

/**
 * The report form's copy in the browser's localStorage, so an expired web session (or a phone asleep for 40
 * minutes) loses nothing: fields marked {@code data-draft} are saved by the browser itself as they are typed (a
 * request after the session ended would not arrive), choices made on the server (categories, region, pin, files'
 * names) are merged in from the server. Identity fields (name, ID number, phone, e-mail) are never part of it. The
 * copy is dropped after the submission, on "clear", and when older than {@link #MAX_AGE}.
 */
final class BrowserDraft {
  static final String STORAGE_KEY = "greenwhistle.report.draft";
  static final Duration MAX_AGE = Duration.ofHours(24);

  /** Listens on the form root; inputs and changes inside it bubble (composed) to it. */
  private static final String LISTEN = """
      const key = $0, root = this;
      if (root.__gwDraft) { return; }
      root.__gwDraft = true;
      const save = e => {
        const f = e.composedPath().find(n => n.dataset && n.dataset.draft);
        if (!f) { return; }
        let d = {};
        try { d = JSON.parse(localStorage.getItem(key)) || {}; } catch (x) { d = {}; }
        d[f.dataset.draft] = f.localName === 'vaadin-checkbox' ? !!f.checked : (f.value || '');
        d.savedAt = Date.now();
        try { localStorage.setItem(key, JSON.stringify(d)); } catch (x) { /* private mode or full: nothing kept */ }
      };
      root.addEventListener('input', save);
      root.addEventListener('change', save);
      """;
  private static final String MERGE = """
      let d = {};
      try { d = JSON.parse(localStorage.getItem($0)) || {}; } catch (x) { d = {}; }
      Object.assign(d, JSON.parse($1));
      d.savedAt = Date.now();
      try { localStorage.setItem($0, JSON.stringify(d)); } catch (x) { /* nothing kept */ }
      """;
  /** Calls the form back only when there is a copy: a first visit costs no round trip (B5). */
  private static final String LOAD = """
      let d = null;
      try {
        d = JSON.parse(localStorage.getItem($0));
        if (!(d && typeof d.savedAt === 'number' && Date.now() - d.savedAt < $1)) { localStorage.removeItem($0); d = null; }
      } catch (x) { d = null; }
      if (d) { this.$server.restoreBrowserDraft(JSON.stringify(d)); }
      """;

  private final Component form;

  BrowserDraft(Component form) {
    this.form = form;
  }

  /** Marks a field whose value the browser saves as it is typed. */
  static void track(Component field, String name) {
    field.getElement().setAttribute("data-draft", name);
  }

  void listen() {
    form.getElement().executeJs(LISTEN, STORAGE_KEY);
  }

  /** Merges the server-side choices into the stored copy. */
  void merge(JsonObject values) {
    form.getElement().executeJs(MERGE, STORAGE_KEY, values.toJson());
  }

  /**
   * Asks the browser for its stored copy (not older than {@link #MAX_AGE}); a browser that has one hands it to the
   * form's {@code @ClientCallable restoreBrowserDraft(String)}.
   */
  void load() {
    form.getElement().executeJs(LOAD, STORAGE_KEY, (double) MAX_AGE.toMillis());
  }

  /** The copy the browser handed back, if it is a JSON object. */
  static Optional<JsonObject> parse(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      JsonValue value = Json.parse(json);
      return value.getType() == JsonType.OBJECT ? Optional.of((JsonObject) value) : Optional.empty();
    } catch (RuntimeException e) {
      // not JSON: nothing to restore
      return Optional.empty();
    }
  }

  void clear() {
    form.getElement().executeJs("localStorage.removeItem($0)", STORAGE_KEY);
  }
}
