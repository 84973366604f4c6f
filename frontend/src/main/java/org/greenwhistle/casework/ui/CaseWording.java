package org.greenwhistle.casework.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.greenwhistle.audit.domain.AuditEntry;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.report.domain.TimelineEvent;
import org.greenwhistle.report.service.ReceiptCodes;

/**
 * A case's records in the words of the user's language: decision records (stored as JSON of the step's form),
 * timeline events and audit entries. Every code goes through a bundle key (violation types, measures, outcomes,
 * reasons, grades, actions), amounts are written in yuan, dates in the locale's long form; nothing of the
 * stored codes or JSON reaches the screen. Each record also names the step of the case it belongs to, so the
 * history can be grouped by step.
 */
final class CaseWording {
  /** The bundle lookup of a component ({@code component::getTranslation}); a missing key comes back as "!key". */
  @FunctionalInterface
  interface Messages {
    String get(String key, Object... args);
  }

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]+");

  private final Messages messages;
  private final Locale locale;
  private final Function<String, String> regionName;
  private final Function<Long, String> evidenceName;
  private final ObjectMapper json = new ObjectMapper();

  CaseWording(Messages messages, Locale locale, Function<String, String> regionName,
              Function<Long, String> evidenceName) {
    this.messages = messages;
    this.locale = locale;
    this.regionName = regionName;
    this.evidenceName = evidenceName;
  }

  // ---------------------------------------------------------------- steps

  /** The step a task belongs to (its decision records and completions). */
  static String stepOfTask(String taskKey) {
    return switch (taskKey == null ? "" : taskKey) {
      case "intakeReview", "transfer" -> "intake";
      case "appealReview" -> "appeal";
      case "verification" -> "verification";
      case "enforcementDecision" -> "enforcement";
      case "extensionApproval" -> "extension";
      case "closureApproval" -> "closure";
      case "criminalOutcome" -> "criminal";
      case "rewardReview", "rewardSecondApproval", "financeApproval", "recordPayout" -> "reward";
      default -> "other";
    };
  }

  /** The step a timeline event belongs to. */
  static String stepOfTimeline(String type) {
    String t = type == null ? "" : type;
    if (t.startsWith("REWARD_")) {
      return "reward";
    }
    return switch (t) {
      case "APPEALED", "APPEAL_UPHELD", "APPEAL_DISMISSED" -> "appeal";
      case "VERIFIED", "STAFF_EVIDENCE" -> "verification";
      case "DECIDED" -> "enforcement";
      case "EXTENDED" -> "extension";
      case "CLOSURE_RETURNED", "CLOSURE_APPROVED", "CLOSED" -> "closure";
      case "ARREST", "CONVICTION" -> "criminal";
      default -> "intake";
    };
  }

  /** The step an audit entry belongs to, or null when it belongs to whatever step the case was at (a download). */
  static String stepOfAudit(AuditEntry a) {
    String action = a.action() == null ? "" : a.action();
    if ("TASK_COMPLETED".equals(action)) {
      return stepOfTask(a.subject());
    }
    if (action.startsWith("STATUS_")) {
      return stepOfTimeline(action.substring("STATUS_".length()));
    }
    if (action.startsWith("REWARD_") || action.startsWith("PAYOUT_")) {
      return "reward";
    }
    return "APPEAL_LODGED".equals(action) ? "appeal" : null;
  }

  String stepName(String step) {
    return messages.get("case.step." + step);
  }

  // ---------------------------------------------------------------- records

  String time(Instant at) {
    return at == null ? "" : TIME.format(at);
  }

  /** What was decided at a step, in words: "受理审查 · intake：不予受理，原因：信息不足". */
  String decision(CaseDecision d) {
    return messages.get("case.entry", task(d.taskKey()), actor(d.decidedBy()), decisionWords(d));
  }

  String decisionWords(CaseDecision d) {
    JsonNode details = parse(d.details());
    String outcome = d.outcome() == null ? "" : d.outcome();
    String comment = details.path("comment").asText(null);
    String words = switch (d.taskKey() == null ? "" : d.taskKey()) {
      case "intakeReview" -> switch (outcome) {
        case "REJECT" -> messages.get("decision.intakeReview.REJECT", codeWord(details.path("reason").asText(null)));
        case "LINK_DUPLICATE" -> messages.get("decision.intakeReview.LINK_DUPLICATE",
            trackingCode(details.path("linkedTo").asText("")));
        default -> known("decision.intakeReview." + outcome);
      };
      case "transfer" -> messages.get("decision.transfer.TRANSFER", region(details.path("from").asText("")),
          region(details.path("to").asText("")), details.path("reason").asText(""));
      case "verification" -> messages.get("decision.verification", codeWord(outcome),
          date(details.path("inspectionDate").asText(null)), details.path("findings").asText(""));
      case "enforcementDecision" -> enforcement(details);
      case "extensionApproval" -> messages.get("decision.extensionApproval." + ("APPROVED".equals(outcome)
          ? "APPROVED" : "REFUSED"), details.path("days").asInt(), date(details.path("newDue").asText(null)));
      case "criminalOutcome" -> known("decision.criminalOutcome." + outcome, date(details.path("date").asText(null)));
      default -> known("decision." + d.taskKey() + "." + outcome);
    };
    return comment == null || comment.isBlank() ? words
        : words + (isChinese() ? "；" : "; ") + messages.get("decision.comment", comment);
  }

  /** The penalty decision: its number and date (the legal basis), each violation with its measures and fine. */
  private String enforcement(JsonNode e) {
    List<String> parts = new ArrayList<>();
    String number = e.path("penaltyDecisionNumber").asText("");
    parts.add(number.isBlank() ? messages.get("decision.enforcement.noDecision")
        : messages.get("decision.enforcement.basis", number, date(dateText(e.path("decisionDate")))));
    int i = 1;
    for (JsonNode item : e.path("items")) {
      List<String> measures = new ArrayList<>();
      item.path("outcomes").forEach(o -> measures.add(word("outcome." + o.asText())));
      String line = messages.get("decision.enforcement.item", i++, word("violation." + item.path("violationType").asText()),
          String.join(isChinese() ? "、" : ", ", measures));
      BigDecimal fine = amount(item.path("fineAmount"));
      BigDecimal max = amount(item.path("statutoryMaxFine"));
      if (fine != null && fine.signum() > 0) {
        line += (isChinese() ? "，" : ", ") + (max == null || max.signum() <= 0
            ? messages.get("decision.enforcement.fineOnly", yuan(fine))
            : messages.get("decision.enforcement.fine", yuan(fine), yuan(max)));
      }
      parts.add(line);
    }
    String grade = e.path("incidentGrade").asText("NONE");
    if (!"NONE".equals(grade)) {
      parts.add(messages.get("decision.enforcement.grade", word("grade." + grade)));
    }
    return String.join(isChinese() ? "；" : "; ", parts);
  }

  /** A timeline event: the step's words, and its note in words (a reason, a date, an amount, a comment). */
  String timeline(TimelineEvent e) {
    String step = word("timeline." + e.type());
    String note = note(e.type(), e.note());
    return note == null || note.isBlank() ? step : messages.get("case.entryNote", step, note);
  }

  private String note(String type, String note) {
    if (note == null) {
      return null;
    }
    return switch (type) {
      case "EXTENDED" -> date(note);
      case "LINKED" -> trackingCode(note);
      case "TRANSFERRED" -> region(note);
      case "REWARD_GRANTED" -> yuan(parseAmount(note));
      default -> CODE.matcher(note).matches() ? codeWord(note) : note;
    };
  }

  /** An audit entry: number, time, who, and what in words (never the stored action code or detail). */
  String audit(AuditEntry a) {
    return messages.get("audit.entry", a.seq(), time(a.occurredAt()), actor(a.actor()), auditWords(a));
  }

  String auditWords(AuditEntry a) {
    String action = a.action() == null ? "" : a.action();
    Map<String, String> detail = detail(a.detail());
    if (action.startsWith("STATUS_")) {
      String step = word("timeline." + action.substring("STATUS_".length()));
      String status = detail.get("status");
      return status == null ? messages.get("audit.action.STATUS", step)
          : messages.get("audit.action.STATUS_TO", step, word("status." + status));
    }
    return switch (action) {
      case "TASK_COMPLETED" -> messages.get("audit.action.TASK_COMPLETED", task(a.subject()),
          taskOutcome(a.subject(), detail.get("outcome")));
      case "EVIDENCE_DOWNLOADED", "EVIDENCE_OPENED" -> messages.get("audit.action." + action, evidence(a.subject()));
      case "REPORT_SUBMITTED", "EVIDENCE_ADDED", "STAFF_EVIDENCE_ADDED" -> messages.get("audit.action." + action,
          number(detail.get("files")));
      case "REPORTER_UNMASKED" -> messages.get("audit.action.REPORTER_UNMASKED", word("case.field." + a.subject()),
          detail.getOrDefault("reason", ""));
      case "DEADLINE_REMINDER" -> messages.get("audit.action.DEADLINE_REMINDER", number(detail.get("mails")));
      case "DEADLINE_OVERDUE" -> messages.get("audit.action.DEADLINE_OVERDUE", number(detail.get("leadersNotified")));
      case "REWARD_DECLINED" -> rewardDeclined(detail.get("checks"));
      case "REWARD_CALCULATED" -> messages.get("true".equals(detail.get("secondApproval"))
          ? "audit.action.REWARD_CALCULATED_SECOND" : "audit.action.REWARD_CALCULATED",
          yuan(parseAmount(detail.get("amount"))));
      case "REWARD_RETURNED" -> detail.containsKey("reason")
          ? messages.get("audit.action.REWARD_RETURNED_BECAUSE", detail.get("reason"))
          : messages.get("audit.action.REWARD_RETURNED");
      case "REWARD_GRANTED" -> messages.get("audit.action.REWARD_GRANTED", yuan(parseAmount(detail.get("amount"))));
      default -> {
        // the payment reference and other finance data stay in the finance views
        String words = messages.get("audit.action." + action);
        yield missing(words) ? messages.get("audit.action.other") : words;
      }
    };
  }

  private String rewardDeclined(String checks) {
    List<String> failed = new ArrayList<>();
    parse(checks).fields().forEachRemaining(f -> {
      if (f.getValue().asBoolean()) {
        failed.add(word("reward.check." + f.getKey()));
      }
    });
    return failed.isEmpty() ? messages.get("audit.action.REWARD_DECLINED")
        : messages.get("audit.action.REWARD_DECLINED_BECAUSE", String.join(isChinese() ? "；" : "; ", failed));
  }

  /** The outcome a task was completed with, in words. */
  String taskOutcome(String taskKey, String outcome) {
    if (outcome == null) {
      return messages.get("decision.recorded");
    }
    for (String key : List.of("outcome." + taskKey + "." + outcome, "case.taskOutcome." + taskKey + "." + outcome,
        "intakeReview".equals(taskKey) ? "intake.outcome." + outcome : "verification.outcome." + outcome)) {
      String words = messages.get(key);
      if (!missing(words)) {
        return words;
      }
    }
    return messages.get("decision.recorded");
  }

  // ---------------------------------------------------------------- values

  /** A date written out in the user's language ("2026年11月25日", "November 25, 2026"). */
  String date(String iso) {
    if (iso == null || iso.isBlank()) {
      return "—";
    }
    try {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  /** An amount in yuan with grouping and two decimals ("60,000.00 元"). */
  String yuan(BigDecimal amount) {
    if (amount == null) {
      return "—";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return messages.get("case.yuan", format.format(amount));
  }

  private String task(String taskKey) {
    return word("task." + taskKey);
  }

  private String actor(String actor) {
    String words = actor == null ? null : messages.get("audit.actor." + actor);
    return words == null || missing(words) ? (actor == null ? "—" : actor) : words;
  }

  private String evidence(String subject) {
    String id = subject == null ? "" : subject.replaceFirst("^evidence:", "");
    try {
      String name = evidenceName.apply(Long.parseLong(id));
      return name != null ? name : messages.get("audit.evidence.unknown", id);
    } catch (NumberFormatException e) {
      return messages.get("audit.evidence.unknown", id);
    }
  }

  private String region(String code) {
    String name = code == null || code.isBlank() ? null : regionName.apply(code);
    return name == null || name.isBlank() ? (code == null ? "—" : code) : name;
  }

  private static String trackingCode(String code) {
    return code == null || code.isBlank() ? "—" : ReceiptCodes.display(ReceiptCodes.normaliseTrackingCode(code));
  }

  /** A reason or outcome code (reject reasons, verification outcomes, criminal outcomes) in words. */
  private String codeWord(String code) {
    if (code == null || code.isBlank()) {
      return "—";
    }
    for (String key : List.of("note." + code, "verification.outcome." + code, "timeline." + code)) {
      String words = messages.get(key);
      if (!missing(words)) {
        return words;
      }
    }
    return messages.get("case.step.other");
  }

  /** The words of a key that must exist (MessageBundlesTest keeps the vocabularies complete). */
  private String word(String key) {
    String words = messages.get(key);
    return missing(words) ? messages.get("case.step.other") : words;
  }

  private String known(String key, Object... args) {
    String words = messages.get(key, args);
    return missing(words) ? messages.get("decision.recorded") : words;
  }

  private static boolean missing(String words) {
    return words == null || words.startsWith("!");
  }

  private boolean isChinese() {
    return "zh".equals(locale.getLanguage());
  }

  private static String number(String value) {
    return value == null ? "0" : value;
  }

  private static String dateText(JsonNode node) {
    if (node.isArray() && node.size() == 3) {
      // a date written by Jackson without the JSR-310 text form: [2026, 11, 25]
      return LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt()).toString();
    }
    return node.asText(null);
  }

  private static BigDecimal amount(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : parseAmount(node.asText(null));
  }

  private static BigDecimal parseAmount(String text) {
    try {
      return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private JsonNode parse(String text) {
    if (text == null || text.isBlank()) {
      return json.createObjectNode();
    }
    try {
      return json.readTree(text);
    } catch (IOException e) {
      return json.createObjectNode();
    }
  }

  /** An audit detail "status=CLOSED note=…" or "reason=…" as fields; a free-text reason runs to the end. */
  private static Map<String, String> detail(String detail) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (detail == null || detail.isBlank()) {
      return fields;
    }
    if (detail.startsWith("reason=") || detail.startsWith("checks=")) {
      int eq = detail.indexOf('=');
      fields.put(detail.substring(0, eq), detail.substring(eq + 1));
      return fields;
    }
    for (String part : detail.split(" (?=[a-zA-Z]+=)")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return fields;
  }
}
