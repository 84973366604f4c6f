package org.greenwhistle.region.domain;

/** A GB/T 2260 division: level 0 the country, 1 province, 2 prefecture city, 3 county or district. */
public record Region(String code, String name, String parentCode, int level, String path) {
  public static final String COUNTRY = "000000";

  public boolean contains(Region other) {
    return other.path.startsWith(path);
  }
}
