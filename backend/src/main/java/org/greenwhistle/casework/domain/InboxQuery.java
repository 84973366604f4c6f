package org.greenwhistle.casework.domain;

import java.time.Instant;
import java.util.List;

/** Whose tasks (roles, leadership and region path of the caller) and which filters, paged. */
public record InboxQuery(String username, List<String> roles, boolean leader, String regionPath, Boolean overdueOnly,
                         Instant dueBefore, String category, String text, String status, int offset, int limit) {
}
