package org.greenwhistle.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import elemental.json.Json;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import java.time.Duration;

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
  private static final String LOAD = """
      try {
        const d = JSON.parse(localStorage.getItem($0));
        if (d && typeof d.savedAt === 'number' && Date.now() - d.savedAt < $1) { return JSON.stringify(d); }
        localStorage.removeItem($0);
      } catch (x) { /* unreadable: start empty */ }
      return '';
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

  /** Hands the stored copy (not older than {@link #MAX_AGE}) to {@code restore}, if there is one. */
  void load(SerializableConsumer<JsonObject> restore) {
    form.getElement().executeJs(LOAD, STORAGE_KEY, (double) MAX_AGE.toMillis()).then(String.class, json -> {
      if (json != null && !json.isBlank()) {
        JsonValue value = Json.parse(json);
        if (value.getType() == JsonType.OBJECT) {
          restore.accept((JsonObject) value);
        }
      }
    });
  }

  void clear() {
    form.getElement().executeJs("localStorage.removeItem($0)", STORAGE_KEY);
  }
}
