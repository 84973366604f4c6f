package org.greenwhistle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/security.md names the tests that show each protection: they must exist, so the document cannot rot. */
class SecurityDocumentTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void everyTestTheThreatModelNamesExists() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/security.md"));
    Map<String, Path> testClasses;
    try (Stream<Path> files = Stream.of("backend", "frontend", "processes")
        .map(m -> ROOT.resolve(m).resolve("src/test/java")).filter(Files::isDirectory)
        .flatMap(SecurityDocumentTest::walk)) {
      testClasses = files.filter(p -> p.toString().endsWith(".java"))
          .collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), Function.identity(),
              (a, b) -> a));
    }
    List<String> missing = new ArrayList<>();
    int named = 0;
    Matcher m = Pattern.compile("`([A-Z][A-Za-z]*(?:IT|Test))(?:\\.([a-z][A-Za-z]*))?`").matcher(doc);
    while (m.find()) {
      named++;
      Path file = testClasses.get(m.group(1));
      if (file == null) {
        missing.add(m.group());
      } else if (m.group(2) != null && !Files.readString(file).contains("void " + m.group(2) + "(")) {
        missing.add(m.group());
      }
    }
    assertThat(named).as("tests named in docs/security.md").isGreaterThan(10);
    assertThat(missing).as("tests docs/security.md names that do not exist").isEmpty();
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
