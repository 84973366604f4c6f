package org.greenwhistle.publication.domain;

/** Where a typical case stands: written, reviewed by a second ADMIN, public, taken down. */
public enum TypicalCaseStatus { DRAFT, IN_REVIEW, PUBLISHED, WITHDRAWN }
