package org.greenwhistle.publication.domain;

import java.time.Instant;

/** A published typical case as anyone may read it (no internal user names). */
public record PublishedCase(long id, String title, String provinceCode, String regionCode, String place,
                            String category, Integer caseYear, Integer batchNo, String batchTitle, Instant publishedAt,
                            String background, String facts, String handling, String reward, String significance) {
}
