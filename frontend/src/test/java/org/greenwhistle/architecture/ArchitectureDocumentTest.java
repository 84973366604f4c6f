package org.greenwhistle.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md must name real modules and real BPMN process ids. */
class ArchitectureDocumentTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void namedModulesAndProcessesExist() throws IOException {
    String doc = Files.readString(ROOT.resolve("docs/architecture.md"));

    Set<String> modules = found(doc, "module `([a-z-]+)`");
    assertThat(modules).contains("processes", "backend", "frontend");
    for (String module : modules) {
      assertThat(ROOT.resolve(module).resolve("pom.xml")).as("module " + module).exists();
    }

    Set<String> processIds = found(doc, "process `([a-z-]+)`");
    assertThat(processIds).contains("report-handling");
    String models;
    try (Stream<Path> files = Files.walk(ROOT.resolve("processes/src/main/resources"))) {
      models = files.filter(p -> p.toString().endsWith(".bpmn")).map(ArchitectureDocumentTest::read)
          .reduce("", String::concat);
    }
    for (String id : processIds) {
      assertThat(models).as("BPMN process " + id).contains("<bpmn:process id=\"" + id + "\"");
    }
  }

  private static Set<String> found(String text, String regex) {
    Set<String> result = new LinkedHashSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      result.add(m.group(1));
    }
    return result;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
