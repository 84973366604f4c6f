package org.greenwhistle.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.greenwhistle.report.SampleReports;
import org.greenwhistle.report.domain.ReportDraft;
import org.junit.jupiter.api.Test;

/** The canonical form an Idempotency-Key is bound to: one per report, however the JSON was written. */
class RequestFingerprintsTest {
  private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

  private static String canonical(String json) throws Exception {
    return RequestFingerprints.canonicalJson(JSON.readValue(json, ReportDraft.class));
  }

  @Test
  void theSameReportWrittenDifferentlyHasOneCanonicalForm() throws Exception {
    String original = SampleReports.anonymousJson("510311");
    String rewritten = """
        { "wantsReward" : false, "anonymous" : true,
          "description" : "夜间排放刺鼻气体，河道有黑色污水流出。", "ongoing" : true,
          "observedAt" : "2026-11-20T00:30:00Z", "longitude" : 104.870, "latitude" : 2.927E1,
          "address" : "沿滩区工业园 3 号", "regionCode" : "510311", "targetName" : "某化工厂",
          "subcategories" : [ "ODOUR" ], "categories" : [ "WATER", "AIR", "WATER" ] }
        """;
    assertThat(canonical(rewritten)).isEqualTo(canonical(original));
  }

  @Test
  void anyChangeOfContentChangesIt() throws Exception {
    String original = SampleReports.anonymousJson("510311");
    for (String changed : new String[] {
        original.replace("\"WATER\"", "\"NOISE\""), original.replace("29.27", "29.28"),
        original.replace("08:30:00", "08:31:00"), original.replace("\"ongoing\":true", "\"ongoing\":false"),
        original.replace("夜间", "白天"), original.replace("某化工厂", "某化工厂 ")}) {
      assertThat(canonical(changed)).isNotEqualTo(canonical(original));
    }
  }
}
