package org.greenwhistle.casework.persistence;

import java.time.Instant;

/**
 * The case search as the database sees it: the caller's region path, the filters resolved ({@code code} an exact
 * tracking code when the text is one, {@code text} a part of a code or target name), and either an offset page or,
 * for the export, the keyset after the last row written ({@code afterAt}, {@code afterId}).
 */
public record CaseSearchQuery(String regionPath, String code, String text, String category, String status,
                              Instant from, Instant toExclusive, boolean overdueOnly, Instant now,
                              Instant afterAt, Long afterId, int offset, int limit) {
  public CaseSearchQuery after(Instant at, long id, int pageSize) {
    return new CaseSearchQuery(regionPath, code, text, category, status, from, toExclusive, overdueOnly, now, at, id,
        0, pageSize);
  }
}
