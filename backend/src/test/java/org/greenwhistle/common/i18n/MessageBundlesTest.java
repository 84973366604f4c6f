package org.greenwhistle.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message exists in Chinese (the default) and English, every key the code reads is in the bundles,
 * and every message formats, so no user ever sees a bare key ({@code !inbox.trackingCode}) or an unfilled
 * placeholder ({@code {1}–{2}}).
 */
class MessageBundlesTest {

  private static final List<String> BUNDLES = List.of("messages", "publication", "statistics");
  private static final Map<String, Locale> LOCALES = Map.of("", Locale.SIMPLIFIED_CHINESE, "_en", Locale.ENGLISH);

  /** A quoted literal shaped like a message key, optionally in braces as in validation annotations. */
  private static final Pattern KEY_LITERAL = Pattern.compile("\"\\{?([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_]+)+)\\}?\"");
  /** The first argument of a field problem names a form field, not a message. */
  private static final Pattern FIELD_NAME = Pattern.compile("FieldProblem\\(\\s*$");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  @ParameterizedTest
  @ValueSource(strings = {"messages", "publication", "statistics"})
  void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
    Properties zh = load("i18n/" + bundle + ".properties");
    Properties en = load("i18n/" + bundle + "_en.properties");
    TreeSet<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
    onlyZh.removeAll(en.stringPropertyNames());
    TreeSet<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(zh.stringPropertyNames());
    assertThat(onlyZh).as("keys missing in %s_en", bundle).isEmpty();
    assertThat(onlyEn).as("keys missing in %s (zh)", bundle).isEmpty();
    zh.forEach((k, v) -> assertThat(v.toString()).as("zh %s", k).isNotBlank());
    en.forEach((k, v) -> assertThat(v.toString()).as("en %s", k).isNotBlank());
  }

  @Test
  void everyKeyTheCodeReadsIsInEveryLocale() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    Map<String, String> used = new TreeMap<>();
    for (String module : List.of("backend", "frontend")) {
      Path sources = root.resolve(module).resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(sources)) {
        files.filter(f -> f.toString().endsWith(".java")).forEach(f -> keysReadBy(read(f))
            .forEach(k -> used.putIfAbsent(k, root.relativize(f).toString())));
      }
    }
    assertThat(used).as("keys found in the sources").hasSizeGreaterThan(300);
    for (Map.Entry<String, Locale> locale : LOCALES.entrySet()) {
      Set<String> keys = keys(locale.getKey());
      Map<String, String> missing = new TreeMap<>(used);
      missing.keySet().removeAll(keys);
      assertThat(missing).as("keys read by the code but missing in the %s bundles (key=file)", locale.getValue())
          .isEmpty();
    }
  }

  /** Keys built at run time from an enum, which the scan of the code cannot see. */
  @Test
  void everyMailReasonHasAWordInEveryLocale() throws IOException {
    for (String locale : new String[] {"", "_en"}) {
      Properties messages = load("i18n/messages" + locale + ".properties");
      for (org.greenwhistle.mail.domain.MailReason reason : org.greenwhistle.mail.domain.MailReason.values()) {
        assertThat(messages).as("messages%s", locale).containsKey("outbox.reason." + reason.name());
      }
    }
  }

  @Test
  void aKeyMissingFromTheBundlesIsFound() throws IOException {
    // the finance grid once read this key, which no bundle had, and showed "!inbox.trackingCode"
    Set<String> read = keysReadBy("queue.addColumn(PayoutRow::trackingCode).setHeader(getTranslation(\"inbox.trackingCode\"));"
        + " p.add(new FieldProblem(\"enforcement.items\", \"case.error.itemsRequired\"));"
        + " @NotBlank(message = \"{report.error.required}\")");
    assertThat(read).containsExactlyInAnyOrder("inbox.trackingCode", "case.error.itemsRequired", "report.error.required");
    assertThat(keys("")).doesNotContain("inbox.trackingCode");
  }

  @Test
  void everyMessageFormatsInItsLocale() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String bundle : BUNDLES) {
      for (Map.Entry<String, Locale> locale : LOCALES.entrySet()) {
        Properties messages = load("i18n/" + bundle + locale.getKey() + ".properties");
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
          String problem = problemWith(messages.getProperty(key), locale.getValue());
          if (problem != null) {
            broken.add(bundle + locale.getKey() + " " + key + ": " + problem);
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void aLoneApostropheIsFound() {
    assertThat(problemWith("Suggested {0} yuan (rule's range {1}–{2} yuan, rules: {3})", Locale.ENGLISH)).isNotNull();
    assertThat(problemWith("Suggested {0} yuan (rule''s range {1}–{2} yuan, rules: {3})", Locale.ENGLISH)).isNull();
    assertThat(problemWith("The reporter''s name", Locale.ENGLISH)).isNotNull();
    assertThat(problemWith("The reporter's name", Locale.ENGLISH)).isNull();
  }

  /**
   * Spring formats a message only when it is given arguments: then a lone apostrophe starts a quote that
   * swallows the placeholders after it; without arguments the text is shown as written, so a doubled
   * apostrophe shows twice.
   */
  private static String problemWith(String pattern, Locale locale) {
    Matcher arguments = ARGUMENT.matcher(pattern);
    int expected = 0;
    while (arguments.find()) {
      expected = Math.max(expected, Integer.parseInt(arguments.group(1)) + 1);
    }
    if (expected == 0) {
      return pattern.contains("''") ? "doubled apostrophe in a message without arguments" : null;
    }
    if (LONE_APOSTROPHE.matcher(pattern).find()) {
      return "lone apostrophe in a message with arguments (write '')";
    }
    MessageFormat format;
    try {
      format = new MessageFormat(pattern, locale);
    } catch (IllegalArgumentException e) {
      return "does not parse: " + e.getMessage();
    }
    Format[] formats = format.getFormatsByArgumentIndex();
    if (formats.length != expected) {
      return "formats " + formats.length + " of " + expected + " arguments";
    }
    Object[] values = new Object[formats.length];
    for (int i = 0; i < formats.length; i++) {
      values[i] = formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat ? (Object) 1
          : formats[i] instanceof DateFormat ? new Date(0) : "«" + i + "»";
    }
    String text = format.format(values);
    return ARGUMENT.matcher(text).find() ? "placeholder left unfilled: " + text : null;
  }

  /** The message keys a piece of source reads: key-shaped literals whose first segment names a bundle area. */
  private static Set<String> keysReadBy(String source) {
    Set<String> areas = new HashSet<>();
    try {
      keys("").forEach(k -> areas.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> read = new HashSet<>();
    Matcher m = KEY_LITERAL.matcher(source);
    while (m.find()) {
      String key = m.group(1);
      boolean fieldName = FIELD_NAME.matcher(source.substring(Math.max(0, m.start() - 40), m.start())).find();
      if (!fieldName && areas.contains(key.substring(0, key.indexOf('.')))) {
        read.add(key);
      }
    }
    return read;
  }

  private static Set<String> keys(String suffix) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String bundle : BUNDLES) {
      keys.addAll(load("i18n/" + bundle + suffix + ".properties").stringPropertyNames());
    }
    return keys;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (Reader in = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(path),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
