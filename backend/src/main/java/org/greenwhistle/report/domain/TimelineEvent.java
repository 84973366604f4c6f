package org.greenwhistle.report.domain;

import java.time.Instant;

/** A step the reporter sees on the follow-up page; {@code type} is a message key suffix. */
public record TimelineEvent(Long id, Long reportId, Instant occurredAt, String type, String note) {
}
