package org.greenwhistle.report.domain;

/** Finer categories under air and noise. */
public enum Subcategory {
  ODOUR(Category.AIR), SMOKE_DUST(Category.AIR), INDUSTRIAL_WASTE_GAS(Category.AIR), COOKING_FUMES(Category.AIR),
  CONSTRUCTION_NOISE(Category.NOISE), INDUSTRIAL_NOISE(Category.NOISE), SOCIAL_NOISE(Category.NOISE),
  TRAFFIC_NOISE(Category.NOISE);

  private final Category parent;

  Subcategory(Category parent) {
    this.parent = parent;
  }

  public Category parent() {
    return parent;
  }
}
