package org.greenwhistle.base.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * The bootstrap page every view starts from, measured on a slow phone network (B5, docs/performance.md):
 * <ul>
 *   <li>the chunks the entry script imports only after it has been downloaded and run ({@code FlowBootstrap},
 *       {@code FlowClient}, {@code generated-flow-imports}, ~290 kB) are announced as {@code modulepreload}, so
 *       they download together with the entry script instead of one round trip after it;</li>
 *   <li>the stylesheet link Vaadin adds for a theme folder is dropped when there is no theme folder (the Lumo theme
 *       class has none: {@code VAADIN/themes//styles.css} answered 400 and held up the first paint);</li>
 *   <li>an empty icon, so that browsers do not ask for a {@code /favicon.ico} the portal does not have.</li>
 * </ul>
 */
@Component
class BootstrapPageTrimming implements VaadinServiceInitListener {
  private static final Pattern ENTRY = Pattern.compile("VAADIN/build/indexhtml-[A-Za-z0-9_-]+\\.js$");
  private static final Pattern IMPORTED =
      Pattern.compile("\\./((?:FlowBootstrap|FlowClient|generated-flow-imports)-[A-Za-z0-9_-]{8}\\.js)");
  /** The production bundle's files inside the jar; absent in development mode, where nothing is preloaded. */
  private static final String BUNDLE = "META-INF/VAADIN/webapp/";

  private final Map<String, List<String>> importsByEntry = new ConcurrentHashMap<>();

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event.addIndexHtmlRequestListener(response -> trim(response.getDocument()));
  }

  void trim(Document page) {
    page.head().select("link[rel=stylesheet][href*=themes//]").remove();
    if (page.head().select("link[rel~=icon]").isEmpty()) {
      page.head().appendElement("link").attr("rel", "icon").attr("href", "data:,");
    }
    for (Element entry : page.head().select("script[type=module][src]")) {
      String src = entry.attr("src");
      if (!ENTRY.matcher(src).find()) {
        continue;
      }
      String folder = src.substring(0, src.lastIndexOf('/') + 1);
      for (String chunk : importsByEntry.computeIfAbsent(src, BootstrapPageTrimming::importsOf)) {
        entry.after(new Element("link").attr("rel", "modulepreload").attr("crossorigin", "")
            .attr("href", folder + chunk));
      }
    }
  }

  private static List<String> importsOf(String src) {
    String path = BUNDLE + src.replaceFirst("^\\./", "").replaceFirst("^/", "");
    try (InputStream in = BootstrapPageTrimming.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        return List.of();
      }
      Matcher m = IMPORTED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return m.results().map(r -> r.group(1)).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
