package org.greenwhistle.report.domain;

/** A case's personal data was erased after its retention period; features holding more of it erase theirs. */
public record PersonalDataErased(long reportId) {
}
