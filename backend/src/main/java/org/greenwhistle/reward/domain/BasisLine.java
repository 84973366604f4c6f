package org.greenwhistle.reward.domain;

/** One line of a reward's explanation, in Chinese and in English. */
public record BasisLine(String zh, String en) {
}
