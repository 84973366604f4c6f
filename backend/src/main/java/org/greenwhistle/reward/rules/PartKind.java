package org.greenwhistle.reward.rules;

/**
 * The kinds of parts a reward decision table returns. Base parts produce an amount and a range; modifiers act
 * on the combined total, in this order: MULTIPLIER, FLOAT, CAP, APPROVAL_CEILING (see docs/reward-rules.md).
 */
enum PartKind {
  /** {@code value} yuan (with an optional range minValue..maxValue). */
  FIXED(true),
  /** Officer's choice within minValue..maxValue yuan, {@code value} the suggested default. */
  RANGE(true),
  /** {@code value} (a fraction: 0.05 = 5 %) of the fine; rate range minValue..maxValue; clamped to floor..ceiling yuan. */
  PERCENT_OF_FINE(true),
  /** As PERCENT_OF_FINE, of the statutory maximum fine. */
  PERCENT_OF_MAX_FINE(true),
  /** {@code value} yuan added on top of the other parts (always stacks). */
  BONUS(true),
  /** Amount and range times {@code value}. */
  MULTIPLIER(false),
  /** Range widened to min × (1 − value) .. max × (1 + value); the suggested amount stays. */
  FLOAT(false),
  /** Amount and range at most {@code value} yuan (the lowest matching cap applies). */
  CAP(false),
  /** The range may reach {@code value} yuan with the approval the label names (beyond any cap). */
  APPROVAL_CEILING(false);

  final boolean base;

  PartKind(boolean base) {
    this.base = base;
  }
}
