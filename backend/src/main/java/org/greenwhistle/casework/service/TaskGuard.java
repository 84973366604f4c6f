package org.greenwhistle.casework.service;

import org.operaton.bpm.engine.delegate.DelegateTask;

/**
 * A feature's own rule on who may claim or complete one of its tasks, checked by {@link TaskRules} for every
 * client (e.g. the rewards' four-eyes rule). Implementations read facts the engine's users cannot edit.
 */
public interface TaskGuard {
  /** Throws {@link FourEyesViolation} when {@code user} may not work {@code task}. */
  void check(DelegateTask task, String user);
}
