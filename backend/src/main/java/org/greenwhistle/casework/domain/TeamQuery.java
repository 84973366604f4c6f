package org.greenwhistle.casework.domain;

import java.time.Instant;

/**
 * A supervisor's view of open tasks: every task under {@code regionPath} (claimed or not), optionally one officer's
 * ({@code assignee}), the unclaimed or the overdue ones only; {@code nationalOnly} keeps the tasks of regions that no
 * LEADER covers (ADMIN's national queue); {@code text} is part of a tracking code or target name. {@code now} decides what is overdue, {@code soon} what is due soon.
 */
public record TeamQuery(String regionPath, String assignee, boolean unclaimedOnly, boolean overdueOnly,
                        boolean nationalOnly, String text, Instant now, Instant soon, int offset, int limit) {
}
