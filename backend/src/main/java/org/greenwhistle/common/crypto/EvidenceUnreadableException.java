package org.greenwhistle.common.crypto;

import java.io.IOException;

/** A stored evidence file that cannot be decrypted: its master key is missing or wrong, or its header was changed. */
public class EvidenceUnreadableException extends IOException {
  public EvidenceUnreadableException(String message, Throwable cause) {
    super(message, cause);
  }
}
