package org.greenwhistle.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.ReporterIdentity;

/**
 * A report to submit in a scenario, with readable options. Both starting points describe hazardous waste in
 * 沿滩区 (510311, Sichuan): {@link #realName()} with the sample reporter and a reward wanted, {@link #anonymous()}
 * without either. The same report goes to the service ({@link #draft()}) or to the REST API ({@link #json()}).
 */
public final class ReportSpec {
  /** A file attached to the report. */
  public record Evidence(String fileName, byte[] content) {
  }

  private Set<Category> categories = EnumSet.of(Category.HAZARDOUS_WASTE);
  private String region = "510311";
  private String target = "某金属加工厂";
  private String address = "沿滩区某路 8 号";
  private String description = "危险废物露天堆放，下雨时渗滤液流入农田。";
  private OffsetDateTime observedAt = OffsetDateTime.parse("2026-11-21T10:00:00+08:00");
  private ReporterIdentity reporter;
  private boolean wantsReward;
  private final List<Evidence> evidence = new ArrayList<>();

  private ReportSpec() {
  }

  /** The sample reporter of {@link SampleReports} (searched for in the test logs), wanting a reward. */
  public static ReportSpec realName() {
    return new ReportSpec().reporter(SampleReports.NAME, SampleReports.ID_NUMBER, SampleReports.PHONE)
        .wantsReward(true);
  }

  public static ReportSpec anonymous() {
    return new ReportSpec();
  }

  /** A real-name reporter (no e-mail); the report stays real-name. */
  public ReportSpec reporter(String name, String idNumber, String phone) {
    String email = SampleReports.NAME.equals(name) ? SampleReports.EMAIL : null;
    this.reporter = new ReporterIdentity(name, idNumber, phone, email);
    return this;
  }

  /** The real-name reporter's own e-mail address, so that a mail test finds its reporter's mail. */
  public ReportSpec reporterEmail(String email) {
    this.reporter = new ReporterIdentity(reporter.name(), reporter.idNumber(), reporter.phone(), email);
    return this;
  }

  /** A county code (GB/T 2260) inside the region of the scenario's staff. */
  public ReportSpec region(String regionCode) {
    this.region = regionCode;
    return this;
  }

  public ReportSpec categories(Category first, Category... more) {
    this.categories = EnumSet.of(first, more);
    return this;
  }

  public ReportSpec target(String targetName) {
    this.target = targetName;
    return this;
  }

  public ReportSpec address(String address) {
    this.address = address;
    return this;
  }

  public ReportSpec description(String description) {
    this.description = description;
    return this;
  }

  public ReportSpec wantsReward(boolean wanted) {
    this.wantsReward = wanted;
    return this;
  }

  /** Attaches a small JPEG photo. */
  public ReportSpec withPhoto(String fileName) {
    this.evidence.add(new Evidence(fileName, SampleReports.jpeg(64, 48)));
    return this;
  }

  /** Attaches a file as it is (a video, say); the portal tells its type by the content, not the name. */
  public ReportSpec withEvidence(String fileName, byte[] content) {
    this.evidence.add(new Evidence(fileName, content.clone()));
    return this;
  }

  public boolean isAnonymous() {
    return reporter == null;
  }

  public ReporterIdentity reporter() {
    return reporter;
  }

  public List<Evidence> evidence() {
    return List.copyOf(evidence);
  }

  public ReportDraft draft() {
    return new ReportDraft(categories, Set.of(), target, region, address, null, null, observedAt, Boolean.FALSE,
        description, reporter == null, reporter, wantsReward, wantsReward ? Boolean.TRUE : null);
  }

  /** The report part of a REST submission. */
  public String json() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("categories", categories.stream().map(Enum::name).toList());
    body.put("targetName", target);
    body.put("regionCode", region);
    body.put("address", address);
    body.put("observedAt", observedAt.toString());
    body.put("ongoing", false);
    body.put("description", description);
    body.put("anonymous", reporter == null);
    if (reporter != null) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("name", reporter.name());
      person.put("idNumber", reporter.idNumber());
      person.put("phone", reporter.phone());
      if (reporter.email() != null) {
        person.put("email", reporter.email());
      }
      body.put("reporter", person);
    }
    body.put("wantsReward", wantsReward);
    if (wantsReward) {
      body.put("notExcludedPerson", true);
    }
    try {
      return new ObjectMapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
