package org.greenwhistle.casework.domain;

import java.time.Instant;
import java.util.List;

/**
 * Whose tasks (roles, leadership and region path of the caller) and which filters, paged. {@code allRoles}: every
 * role a task can carry, for the leader's "my roles or an unassigned region" test (see CaseTaskMapper.xml).
 */
public record InboxQuery(String username, List<String> roles, List<String> allRoles, boolean leader,
                         String regionPath, Boolean overdueOnly, Instant dueBefore, String category, String text,
                         String status, int offset, int limit) {
}
