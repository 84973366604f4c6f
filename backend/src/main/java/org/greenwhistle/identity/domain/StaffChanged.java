package org.greenwhistle.identity.domain;

/** Published when staff accounts, roles or regions change, so that dependent views can be refreshed. */
public record StaffChanged(String username) {
}
