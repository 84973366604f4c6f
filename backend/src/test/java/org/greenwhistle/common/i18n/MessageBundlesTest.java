package org.greenwhistle.common.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in Chinese (the default) and English, so no user ever sees a bare key. */
class MessageBundlesTest {

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

  private static Properties load(String path) throws IOException {
    Properties p = new Properties();
    try (Reader in = new InputStreamReader(MessageBundlesTest.class.getClassLoader().getResourceAsStream(path),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }
}
