package org.greenwhistle.bench;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} arguments with defaults. */
public final class Args {
  private final Map<String, String> values = new HashMap<>();

  public Args(String[] args) {
    for (String a : args) {
      if (a.startsWith("--") && a.contains("=")) {
        values.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else if (a.startsWith("--")) {
        values.put(a.substring(2), "true");
      }
    }
  }

  public String get(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public int integer(String name, int fallback) {
    return Integer.parseInt(get(name, Integer.toString(fallback)));
  }

  public boolean flag(String name) {
    return Boolean.parseBoolean(get(name, "false"));
  }
}
