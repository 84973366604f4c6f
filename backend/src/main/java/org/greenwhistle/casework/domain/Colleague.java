package org.greenwhistle.casework.domain;

/** Someone a task may be handed to: holds the task's role in a region containing the case's. */
public record Colleague(String username, String displayName, String regionCode, long openTasks) {
}
