package org.greenwhistle.identity.domain;

/** Filter and page for account lists; {@code text} matches user name or display name. */
public record StaffQuery(String text, Role role, int offset, int limit) {
}
