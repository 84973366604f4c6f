package org.greenwhistle.publication.domain;

import java.time.Instant;

/** A published typical case in the public list: where, what, when, and the start of 【基本案情】. */
public record PublishedCaseSummary(long id, String title, String provinceCode, String place, String category,
                                   Integer caseYear, Integer batchNo, String batchTitle, Instant publishedAt,
                                   String excerpt) {
}
