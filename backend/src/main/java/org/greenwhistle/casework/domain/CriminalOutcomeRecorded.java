package org.greenwhistle.casework.domain;

/** An arrest or conviction was recorded on a closed case (it may earn a supplementary reward). */
public record CriminalOutcomeRecorded(long reportId, String trackingCode, String regionCode, String outcome) {
}
