package org.greenwhistle.report.domain;

/** Pollution and damage categories of the national 12369 statistics; a report may carry several. */
public enum Category { AIR, WATER, NOISE, SOLID_WASTE, HAZARDOUS_WASTE, SOIL, RADIATION, ECOLOGY, OTHER }
