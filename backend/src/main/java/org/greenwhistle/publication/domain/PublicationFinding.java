package org.greenwhistle.publication.domain;

/**
 * Why a text may not be published: the section (or "title") and the kind of personal data found in it, never the
 * value. Kinds: REPORTER_NAME, REPORTER_ID_NUMBER, REPORTER_PHONE, REPORTER_EMAIL, ID_NUMBER, MOBILE_NUMBER.
 */
public record PublicationFinding(String section, String kind) {
  public String messageKey() {
    return "publication.check." + kind;
  }
}
