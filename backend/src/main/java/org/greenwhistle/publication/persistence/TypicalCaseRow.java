package org.greenwhistle.publication.persistence;

import java.time.Instant;

/** A new typical case as inserted; the database assigns {@code id}. */
public class TypicalCaseRow {
  public Long id;
  public Long batchId;
  public String title;
  public String provinceCode;
  public String regionCode;
  public String category;
  public Integer caseYear;
  public String background;
  public String facts;
  public String handling;
  public String reward;
  public String significance;
  public String status;
  public String author;
  public String reviewer;
  public Instant createdAt;
  public Instant publishedAt;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  @Override
  public String toString() {
    return "TypicalCaseRow[id=" + id + ", status=" + status + "]";
  }
}
