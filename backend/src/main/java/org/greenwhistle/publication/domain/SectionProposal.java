package org.greenwhistle.publication.domain;

/**
 * A proposed replacement in one section (or the title): characters {@code start} to {@code end} of that text,
 * {@code original} → {@code replacement}. {@code kind}: REPORTER, PERSON, COMPANY, ID_NUMBER, PHONE, EMAIL.
 */
public record SectionProposal(String section, int start, int end, String original, String replacement, String kind) {
  @Override
  public String toString() {
    // the original may be personal data
    return "SectionProposal[" + section + " " + start + "-" + end + " " + kind + "]";
  }
}
