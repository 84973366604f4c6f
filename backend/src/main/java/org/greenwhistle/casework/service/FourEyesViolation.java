package org.greenwhistle.casework.service;

import org.operaton.bpm.engine.AuthorizationException;

/** The user acted on an earlier approval step of the same matter and may not act on this one. */
public class FourEyesViolation extends AuthorizationException {
  public FourEyesViolation(String message) {
    super(message);
  }
}
