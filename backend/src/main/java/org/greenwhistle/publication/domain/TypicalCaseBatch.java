package org.greenwhistle.publication.domain;

import java.time.Instant;

/** A numbered batch of typical cases (e.g. 第一批), published together under one title. */
public record TypicalCaseBatch(Long id, int batchNo, String title, String createdBy, Instant createdAt) {
}
