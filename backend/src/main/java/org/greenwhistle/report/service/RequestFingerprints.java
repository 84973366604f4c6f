package org.greenwhistle.report.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.greenwhistle.report.domain.ReportDraft;
import org.springframework.stereotype.Component;

/**
 * What an Idempotency-Key is bound to: a keyed hash (HMAC, like the access keys) of the request, so the stored
 * row proves "same request" without keeping anything of the report. The report is hashed after parsing, in a
 * canonical form (sorted properties and sets, UTC time, plain numbers), so the same report sent as a file part
 * or as a form field, with other whitespace or key order, hashes the same.
 */
@Component
public class RequestFingerprints {
  private static final ObjectMapper CANONICAL = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final ReceiptCodes codes;

  RequestFingerprints(ReceiptCodes codes) {
    this.codes = codes;
  }

  /** A report submission: its canonical JSON and each file's SHA-256 (in any order). */
  public String submission(ReportDraft draft, List<EvidenceUpload> uploads) {
    return codes.hash("submission-request", canonicalJson(draft) + "\n" + fileDigests(uploads));
  }

  /** Evidence added later: the SHA-256 of each file. */
  public String evidence(List<EvidenceUpload> uploads) {
    return codes.hash("evidence-request", fileDigests(uploads));
  }

  static String canonicalJson(ReportDraft d) {
    ReportDraft canonical = new ReportDraft(
        d.categories() == null ? null : new TreeSet<>(d.categories()),
        new TreeSet<>(d.subcategoriesOrEmpty()), d.targetName(), d.regionCode(), d.address(),
        plain(d.latitude()), plain(d.longitude()),
        d.observedAt() == null ? null : d.observedAt().withOffsetSameInstant(ZoneOffset.UTC), d.ongoing(),
        d.description(), d.anonymous(), d.reporter(), d.wantsReward(), d.notExcludedPerson());
    try {
      return CANONICAL.writeValueAsString(canonical);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed report always serialises", e);
    }
  }

  private static BigDecimal plain(BigDecimal n) {
    return n == null ? null : n.stripTrailingZeros();
  }

  private static String fileDigests(List<EvidenceUpload> uploads) {
    return String.join(",", uploads.stream().map(u -> sha256(u.tempFile())).sorted().toList());
  }

  static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[65_536];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
