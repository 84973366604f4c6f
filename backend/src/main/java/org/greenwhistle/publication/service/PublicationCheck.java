package org.greenwhistle.publication.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenwhistle.common.crypto.FieldCipher;
import org.greenwhistle.publication.domain.PublicationFinding;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.greenwhistle.report.service.ReportLookup;
import org.springframework.stereotype.Component;

/**
 * The last gate before publication: a text is blocked when it holds the name, ID number, phone or e-mail of any
 * reporter of the linked cases (and of the reports linked to them as duplicates), also written with spaces or
 * punctuation in between, or any unmasked 18-digit ID number or 11-digit mobile number. Findings name the section
 * and the kind, never the value; nothing here logs.
 */
@Component
public class PublicationCheck {
  public static final String REPORTER_NAME = "REPORTER_NAME";
  public static final String REPORTER_ID_NUMBER = "REPORTER_ID_NUMBER";
  public static final String REPORTER_PHONE = "REPORTER_PHONE";
  public static final String REPORTER_EMAIL = "REPORTER_EMAIL";
  public static final String ID_NUMBER = "ID_NUMBER";
  public static final String MOBILE_NUMBER = "MOBILE_NUMBER";

  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}\\u3000]");
  private static final Pattern ID_PATTERN = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern MOBILE_PATTERN = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

  private final ReportLookup reports;
  private final FieldCipher cipher;

  PublicationCheck(ReportLookup reports, FieldCipher cipher) {
    this.reports = reports;
    this.cipher = cipher;
  }

  /** The identities of the real-name reporters of these reports and of the duplicates linked to them. */
  public List<ReporterIdentity> reporters(Collection<Long> reportIds) {
    Set<Long> seen = new LinkedHashSet<>();
    List<ReporterIdentity> identities = new ArrayList<>();
    for (Long id : reportIds) {
      ReportRecord r = reports.byId(id);
      if (r == null) {
        continue;
      }
      List<ReportRecord> all = new ArrayList<>();
      all.add(r);
      for (String code : reports.duplicatesOf(id)) {
        ReportRecord duplicate = reports.byTrackingCode(code);
        if (duplicate != null) {
          all.add(duplicate);
        }
      }
      for (ReportRecord each : all) {
        if (seen.add(each.getId()) && !each.isAnonymous()) {
          identities.add(new ReporterIdentity(cipher.decrypt(each.getReporterNameEnc()),
              cipher.decrypt(each.getReporterIdNumberEnc()), cipher.decrypt(each.getReporterPhoneEnc()),
              cipher.decrypt(each.getReporterEmailEnc())));
        }
      }
    }
    return identities;
  }

  /** Findings for the texts (keyed by section, "title" included), in text order; empty when publishable. */
  public static List<PublicationFinding> check(Map<String, String> texts, Collection<ReporterIdentity> reporters) {
    List<PublicationFinding> findings = new ArrayList<>();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String text = e.getValue();
      if (text == null || text.isBlank()) {
        continue;
      }
      Set<String> kinds = new LinkedHashSet<>();
      String flat = normalise(text);
      for (ReporterIdentity r : reporters) {
        if (contains(flat, r.name(), 2)) {
          kinds.add(REPORTER_NAME);
        }
        if (contains(flat, r.idNumber(), 6)) {
          kinds.add(REPORTER_ID_NUMBER);
        }
        if (contains(flat, phoneDigits(r.phone()), 6)) {
          kinds.add(REPORTER_PHONE);
        }
        if (contains(flat, r.email(), 4)) {
          kinds.add(REPORTER_EMAIL);
        }
      }
      String unspaced = text.replaceAll("[\\s\\-－—]", "");
      if (ID_PATTERN.matcher(unspaced).find()) {
        kinds.add(ID_NUMBER);
      }
      if (MOBILE_PATTERN.matcher(unspaced).find()) {
        kinds.add(MOBILE_NUMBER);
      }
      kinds.forEach(k -> findings.add(new PublicationFinding(e.getKey(), k)));
    }
    return findings;
  }

  /** Lower case without whitespace, punctuation and symbols: "139-1234 5678" and "13912345678" compare equal. */
  static String normalise(String s) {
    return SEPARATORS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean contains(String flatText, String value, int minLength) {
    if (value == null) {
      return false;
    }
    String v = normalise(value);
    return v.length() >= minLength && flatText.contains(v);
  }

  private static String phoneDigits(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    return digits.length() == 13 && digits.startsWith("86") ? digits.substring(2) : digits;
  }
}
