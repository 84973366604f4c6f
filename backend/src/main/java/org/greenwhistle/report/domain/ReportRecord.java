package org.greenwhistle.report.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored report row; personal data fields hold ciphertext. */
public class ReportRecord {
  private Long id;
  private String trackingCode;
  private String accessKeyHash;
  private ReportStatus status;
  private String categories;
  private String subcategories;
  private String targetName;
  private String regionCode;
  private String regionPath;
  private String address;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private Instant observedAt;
  private boolean ongoing;
  private String description;
  private boolean anonymous;
  private String reporterNameEnc;
  private String reporterIdNumberEnc;
  private String reporterPhoneEnc;
  private String reporterEmailEnc;
  private Long reporterAccountId;
  private boolean wantsReward;
  private boolean notExcludedDeclared;
  private Long linkedToReportId;
  private Instant submittedAt;
  private Instant updatedAt;
  /** "zh" or "en": the language the reporter used; null (older reports) means Chinese. */
  private String language;
  /** An anonymous reporter's optional contact address (ciphertext), for "there is news" mails only. */
  private String contactEmailEnc;

  public String getLanguage() { return language; }
  public void setLanguage(String language) { this.language = language; }
  public String getContactEmailEnc() { return contactEmailEnc; }
  public void setContactEmailEnc(String v) { this.contactEmailEnc = v; }

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getTrackingCode() { return trackingCode; }
  public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
  public String getAccessKeyHash() { return accessKeyHash; }
  public void setAccessKeyHash(String accessKeyHash) { this.accessKeyHash = accessKeyHash; }
  public ReportStatus getStatus() { return status; }
  public void setStatus(ReportStatus status) { this.status = status; }
  public String getCategories() { return categories; }
  public void setCategories(String categories) { this.categories = categories; }
  public String getSubcategories() { return subcategories; }
  public void setSubcategories(String subcategories) { this.subcategories = subcategories; }
  public String getTargetName() { return targetName; }
  public void setTargetName(String targetName) { this.targetName = targetName; }
  public String getRegionCode() { return regionCode; }
  public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
  public String getRegionPath() { return regionPath; }
  public void setRegionPath(String regionPath) { this.regionPath = regionPath; }
  public String getAddress() { return address; }
  public void setAddress(String address) { this.address = address; }
  public BigDecimal getLatitude() { return latitude; }
  public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
  public BigDecimal getLongitude() { return longitude; }
  public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
  public Instant getObservedAt() { return observedAt; }
  public void setObservedAt(Instant observedAt) { this.observedAt = observedAt; }
  public boolean isOngoing() { return ongoing; }
  public void setOngoing(boolean ongoing) { this.ongoing = ongoing; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public boolean isAnonymous() { return anonymous; }
  public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
  public String getReporterNameEnc() { return reporterNameEnc; }
  public void setReporterNameEnc(String v) { this.reporterNameEnc = v; }
  public String getReporterIdNumberEnc() { return reporterIdNumberEnc; }
  public void setReporterIdNumberEnc(String v) { this.reporterIdNumberEnc = v; }
  public String getReporterPhoneEnc() { return reporterPhoneEnc; }
  public void setReporterPhoneEnc(String v) { this.reporterPhoneEnc = v; }
  public String getReporterEmailEnc() { return reporterEmailEnc; }
  public void setReporterEmailEnc(String v) { this.reporterEmailEnc = v; }
  public Long getReporterAccountId() { return reporterAccountId; }
  public void setReporterAccountId(Long reporterAccountId) { this.reporterAccountId = reporterAccountId; }
  public boolean isWantsReward() { return wantsReward; }
  public void setWantsReward(boolean wantsReward) { this.wantsReward = wantsReward; }
  public boolean isNotExcludedDeclared() { return notExcludedDeclared; }
  public void setNotExcludedDeclared(boolean v) { this.notExcludedDeclared = v; }
  public Long getLinkedToReportId() { return linkedToReportId; }
  public void setLinkedToReportId(Long linkedToReportId) { this.linkedToReportId = linkedToReportId; }
  public Instant getSubmittedAt() { return submittedAt; }
  public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
