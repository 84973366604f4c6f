package org.greenwhistle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.operaton.bpm.engine.RuntimeService;
import org.greenwhistle.common.ratelimit.RateLimitProperties;
import org.greenwhistle.reliability.HostileCorpus.Item;
import org.greenwhistle.reliability.HostileCorpus.Part;
import org.greenwhistle.reliability.HostileCorpus.Verdict;
import org.greenwhistle.report.service.EvidenceStore;
import org.greenwhistle.scenario.Submissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Reduced CI form of the hostile-input suite (issue #8 part 3; the full run against the packaged app at -Xmx512m is
 * reliability/hostile.sh): the first 1,000 items of the corpus (-Dreliability.hostile.count) through MockMvc, without
 * the few heavy decompression bombs and 20–30 MB bodies. No 5xx, every refusal a 4xx problem+json with a message, no
 * file outside the allow-list accepted, stored bytes matching the stored type, safe display names, every accepted
 * report with its process, no orphan file.
 *
 * <p>{@link #KNOWN} lists the product bugs this suite found that are not fixed yet (docs/reliability.md): their
 * items are reported, not failed, unless -Dreliability.strict=true. Remove an entry when its bug is fixed.
 */
@ReliabilityIT
class HostileInputIT {
  static final long SEED = 20261129L;
  static final String CLIENT = "198.51.100.77";

  /**
   * "verdict label-prefix" → the open bug (docs/reliability.md, "Open findings") that makes such items fail today.
   * Only that verdict is excused: a 5xx on an item whose known bug is a missing problem+json still fails.
   */
  static final Map<String, String> KNOWN = new TreeMap<>();

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired RuntimeService runtime;
  @Autowired EvidenceStore store;
  @Autowired RateLimitProperties limits;

  private String[] receipt;
  private int receiptUses;

  @Test
  void aThousandHostileInputsGiveNo5xxOnlyClearRefusalsAndNoDisallowedFile() throws Exception {
    assertThat(limits.submissionsPerClient()).as("profile bench raises the per-client limits").isGreaterThan(100_000);
    int count = Integer.getInteger("reliability.hostile.count", 1000);
    boolean strict = Boolean.getBoolean("reliability.strict");
    long filesBefore = storedFiles();
    long rowsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM evidence", Long.class);
    Map<String, Map<Verdict, Integer>> tally = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    List<String> known = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    int skipped = 0;
    for (int i = 0; i < count; i++) {
      Item item = HostileCorpus.item(SEED, i);
      if (item.heavy()) {
        skipped++;
        continue;
      }
      MockHttpServletRequestBuilder request = request(item);
      if (request == null) {
        skipped++;
        continue;
      }
      Verdict verdict;
      String answer;
      MockHttpServletResponse response = null;
      try {
        response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        verdict = HostileCorpus.judge(item, response.getStatus(), response.getContentType(), body, false);
        answer = response.getStatus() + " " + response.getContentType() + " " + abbreviate(body);
        if (response.getStatus() == 201 && item.path().equals(HostileCorpus.REPORTS)) {
          accepted.add(json.readTree(body).get("trackingCode").asText());
        }
      } catch (Exception e) {
        verdict = Verdict.SERVER_ERROR;
        answer = "exception " + e;
      }
      tally.computeIfAbsent(item.category(), k -> new TreeMap<>()).merge(verdict, 1, Integer::sum);
      if (!verdict.pass) {
        String line = item + " " + verdict + " " + answer;
        String key = verdict + " " + item.label();
        String bug = KNOWN.entrySet().stream().filter(k -> key.startsWith(k.getKey())).map(Map.Entry::getValue)
            .findFirst().orElse(null);
        if (bug != null && !strict) {
          known.add(bug + ": " + line);
        } else {
          failures.add(line);
        }
      }
    }
    List<String> stored = checkStored(accepted);
    long orphans = storedFiles() - filesBefore - (jdbc.queryForObject("SELECT COUNT(*) FROM evidence", Long.class) - rowsBefore);

    System.out.println("Hostile input (seed " + SEED + ", " + count + " items, " + skipped + " skipped): " + tally);
    System.out.println("Accepted reports: " + accepted.size() + "; known open bugs hit by " + known.size() + " items:");
    known.stream().map(k -> k.substring(0, k.indexOf(": #"))).distinct().forEach(k -> System.out.println("  " + k));
    known.stream().limit(20).forEach(k -> System.out.println("    " + k));
    assertThat(stored).as("stored evidence and processes of accepted reports").isEmpty();
    assertThat(orphans).as("files in the evidence store without a row").isZero();
    assertThat(failures).as("hostile items answered wrongly (replay one with HostileCorpus.item(%d, index))", SEED)
        .isEmpty();
  }

  private MockHttpServletRequestBuilder request(Item item) throws Exception {
    String[] r = item.needsReceipt() ? receipt() : null;
    String path = r == null ? item.path() : item.path().replace("{code}", r[0]);
    URI uri;
    try {
      uri = new URI(path);
    } catch (URISyntaxException e) {
      return null; // not even a URI (raw backslashes): only the raw-HTTP run can send it
    }
    MockHttpServletRequestBuilder request;
    if (item.multipart()) {
      MockMultipartHttpServletRequestBuilder m = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(item.method()), uri);
      for (Part p : item.parts()) {
        m.file(new MockMultipartFile(p.name(), p.filename(), p.contentType(), p.content()));
      }
      request = m;
    } else {
      request = MockMvcRequestBuilders.request(HttpMethod.valueOf(item.method()), uri);
      if (item.contentType() != null) {
        request.contentType(item.contentType());
      }
      if (item.body() != null) {
        request.content(item.body());
      }
    }
    boolean language = false;
    for (String[] h : item.headers()) {
      request.header(h[0], r == null ? h[1] : h[1].replace("{key}", r[1]).replace("{code}", r[0]));
      language |= h[0].equalsIgnoreCase("Accept-Language");
    }
    if (!language) {
      request.header("Accept-Language", "en");
    }
    return request.with(req -> {
      req.setRemoteAddr(CLIENT);
      return req;
    });
  }

  /** Our own report for the follow-up items; a fresh one every 20 uses (at most 9 files per report). */
  private String[] receipt() throws Exception {
    if (receipt == null || ++receiptUses % 20 == 0) {
      Map<String, Object> report = HostileCorpus.validReport(new Random(receiptUses));
      String body = mvc.perform(Submissions.request(HostileCorpus.json(report)).with(Submissions.from(CLIENT)))
          .andReturn().getResponse().getContentAsString();
      JsonNode node = json.readTree(body);
      receipt = new String[] {node.get("trackingCode").asText(), node.get("accessKey").asText()};
    }
    return receipt;
  }

  private List<String> checkStored(List<String> codes) throws Exception {
    List<String> problems = new ArrayList<>();
    for (String code : codes) {
      if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count() != 1) {
        problems.add(code + ": no process instance");
      }
      for (Map<String, Object> row : jdbc.queryForList("SELECT e.storage_id, e.media_type, e.display_name, "
          + "COALESCE(e.stored_sha256, e.sha256) AS sha FROM evidence e "
          + "JOIN report r ON r.id = e.report_id WHERE r.tracking_code = ?", code)) {
        String type = (String) row.get("media_type");
        String id = (String) row.get("storage_id");
        if (!HostileCorpus.ALLOWED_TYPES.contains(type)) {
          problems.add(code + ": stored type outside the allow-list " + type);
        }
        if (!HostileCorpus.displayNameSafe((String) row.get("display_name"))) {
          problems.add(code + ": unsafe display name " + row.get("display_name"));
        }
        if (!store.exists(id)) {
          problems.add(code + ": evidence row without file " + id);
          continue;
        }
        try (InputStream in = store.open(id)) {
          if (!HostileCorpus.magicMatches(type, in.readNBytes(16))) {
            problems.add(code + ": stored bytes are not " + type);
          }
        }
        // read through decryption in full: every segment authenticates and the content has the row's digest
        if (!store.intact(id, (String) row.get("sha"))) {
          problems.add(code + ": stored file does not decrypt to its digest " + id);
        }
      }
    }
    return problems;
  }

  private long storedFiles() throws Exception {
    Path root = store.root();
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static String abbreviate(String s) {
    String x = s.replaceAll("\\s+", " ");
    return x.length() > 200 ? x.substring(0, 200) + "…" : x;
  }
}
