package org.greenwhistle.audit.domain;

/** Result of re-computing a chain: intact, or the first sequence number whose hash does not match. */
public record ChainVerification(String chainKey, int entries, Integer firstBrokenSeq) {
  public boolean intact() {
    return firstBrokenSeq == null;
  }
}
