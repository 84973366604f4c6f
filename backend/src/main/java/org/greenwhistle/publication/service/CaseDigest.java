package org.greenwhistle.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenwhistle.casework.domain.CaseDecision;
import org.greenwhistle.casework.service.CaseDecisions;
import org.greenwhistle.publication.domain.TypicalCaseForm;
import org.greenwhistle.region.domain.Region;
import org.greenwhistle.region.service.RegionService;
import org.greenwhistle.report.domain.ReportRecord;
import org.greenwhistle.reward.domain.Reward;
import org.greenwhistle.reward.domain.RuleSetEntry;
import org.greenwhistle.reward.persistence.RewardMapper;
import org.greenwhistle.reward.persistence.RuleSetMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the first draft of a typical case from a closed case: place, category and year, the reward rules in force,
 * what was reported and found, the penalty decision (with criminal outcomes recorded later) and the reward granted.
 * The text is Chinese, as the ministry publishes it. Reporters' values and unmasked numbers are replaced at once;
 * companies and people are left for the editor's anonymisation step, which proposes and shows each replacement.
 */
@Component
class CaseDigest {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Set<Anonymiser.Kind> AT_ONCE = EnumSet.of(Anonymiser.Kind.REPORTER, Anonymiser.Kind.ID_NUMBER,
      Anonymiser.Kind.PHONE, Anonymiser.Kind.EMAIL);

  private final CaseDecisions decisions;
  private final RewardMapper rewards;
  private final RuleSetMapper ruleSets;
  private final RegionService regions;
  private final MessageSource messages;
  private final ObjectMapper json;

  CaseDigest(CaseDecisions decisions, RewardMapper rewards, RuleSetMapper ruleSets, RegionService regions,
             MessageSource messages, ObjectMapper json) {
    this.decisions = decisions;
    this.rewards = rewards;
    this.ruleSets = ruleSets;
    this.regions = regions;
    this.messages = messages;
    this.json = json;
  }

  TypicalCaseForm draft(ReportRecord r, Collection<Anonymiser.Known> reporters) {
    List<Region> lineage = regions.lineage(r.getRegionCode());
    String category = firstCategory(r.getCategories());
    String categoryLabel = category == null ? "生态环境" : label("category." + category);
    JsonNode enforcement = null;
    JsonNode verification = null;
    List<String> criminal = new ArrayList<>();
    for (CaseDecision d : decisions.of(r.getId())) {
      switch (d.taskKey()) {
        case "enforcementDecision" -> enforcement = parse(d.details());
        case "verification" -> verification = parse(d.details());
        case "criminalOutcome" -> criminal.add(d.outcome());
        default -> {
        }
      }
    }
    LocalDate decisionDate = date(enforcement == null ? null : enforcement.path("decisionDate").asText(null));
    int year = decisionDate != null ? decisionDate.getYear() : r.getSubmittedAt().atZone(CHINA).getYear();
    String bureau = bureau(lineage);
    String target = target(r.getTargetName());

    List<Reward> granted = rewards.findByReport(r.getId()).stream()
        .filter(w -> w.status().isGranted() && w.amount() != null).toList();
    String rules = rulesName(granted, lineage);

    String title = shortPlace(lineage) + "对举报" + categoryLabel + "违法行为的群众实施奖励";
    String background = (rules == null ? (lineage.isEmpty() ? "" : lineage.get(0).name()) + "生态环境违法行为举报奖励制度"
        : "《" + rules + "》") + "规定，生态环境部门根据举报线索查实生态环境违法行为并依法作出处理处罚决定后，按照规定给予举报人奖励。";

    StringBuilder facts = new StringBuilder();
    facts.append(dateText(r.getObservedAt() != null ? r.getObservedAt() : r.getSubmittedAt()))
        .append("，有群众通过举报平台反映").append(place(lineage)).append(target).append("存在环境违法行为：“")
        .append(cut(strip(r.getDescription()), 1500)).append("”");
    if (verification != null) {
      facts.append("。").append(bureau).append("接报后");
      LocalDate inspected = date(verification.path("inspectionDate").asText(null));
      if (inspected != null) {
        facts.append("于").append(dateText(inspected));
      }
      facts.append("开展现场核查，").append(cut(strip(verification.path("findings").asText("")), 1500));
    }
    end(facts);

    StringBuilder handling = new StringBuilder();
    if (enforcement != null) {
      if (decisionDate != null) {
        handling.append(dateText(decisionDate)).append("，");
      }
      handling.append(bureau).append("依法对该单位作出行政处罚决定");
      List<String> items = new ArrayList<>();
      for (JsonNode item : enforcement.path("items")) {
        List<String> outcomes = new ArrayList<>();
        item.path("outcomes").forEach(o -> {
          if (!"FINE".equals(o.asText())) {
            outcomes.add(label("outcome." + o.asText()));
          }
        });
        BigDecimal fine = item.hasNonNull("fineAmount") ? item.get("fineAmount").decimalValue() : BigDecimal.ZERO;
        if (fine.signum() > 0) {
          outcomes.add("罚款" + money(fine));
        }
        items.add("针对" + label("violation." + item.path("violationType").asText("OTHER")) + "行为，"
            + String.join("、", outcomes));
      }
      if (!items.isEmpty()) {
        handling.append("：").append(String.join("；", items));
      }
      String grade = enforcement.path("incidentGrade").asText("NONE");
      if (!"NONE".equals(grade)) {
        handling.append("。该事件属于").append(label("grade." + grade)).append("突发环境事件");
      }
      for (String c : criminal) {
        handling.append("。").append("ARREST".equals(c) ? "涉案人员已被公安机关依法逮捕"
            : "CONVICTION".equals(c) ? "涉案人员已被人民法院依法判处刑罚" : "案件已移送司法机关");
      }
      end(handling);
    }

    String reward;
    if (granted.isEmpty()) {
      reward = "奖励正在审核中。";
    } else {
      BigDecimal total = granted.stream().map(Reward::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
      reward = bureau + "依据" + (rules == null ? "举报奖励规定" : "《" + rules + "》") + "，对举报人给予奖励"
          + money(total) + "。" + (granted.stream().anyMatch(w -> w.status().name().equals("PAID")) ? "奖励已发放到位。" : "");
    }
    String significance = "本案是群众举报线索助力查处" + categoryLabel + "违法行为的典型案例。";

    TypicalCaseForm form = new TypicalCaseForm(title, null, r.getRegionCode(), category, year, background,
        facts.toString(), handling.toString(), reward, significance);
    // reporters' values and unmasked numbers out at once; companies and people wait for the editor
    java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
    form.texts().forEach((k, v) -> texts.put(k, v == null ? null : Anonymiser.apply(v,
        Anonymiser.propose(v, reporters).stream().filter(p -> AT_ONCE.contains(p.kind())).toList())));
    return form.withTexts(texts);
  }

  private String rulesName(List<Reward> granted, List<Region> lineage) {
    for (Reward w : granted) {
      String label = w.ruleSet();
      int v = label == null ? -1 : label.lastIndexOf(" v");
      if (v > 0) {
        try {
          RuleSetEntry entry = ruleSets.findByKey(label.substring(0, v), Integer.parseInt(label.substring(v + 2)));
          if (entry != null && !"000000".equals(entry.jurisdiction())) {
            return entry.name();
          }
        } catch (NumberFormatException e) {
          // not a registry label: fall through to the generic wording
        }
      }
    }
    return null;
  }

  private static String firstCategory(String categories) {
    if (categories == null || categories.isBlank()) {
      return null;
    }
    return categories.split(",")[0].strip();
  }

  private String target(String name) {
    if (name == null || name.isBlank()) {
      return "某单位";
    }
    String replacement = Anonymiser.companyReplacement(name.strip());
    return replacement != null ? replacement : name.contains("某") ? name.strip() : "某单位";
  }

  private static String bureau(List<Region> lineage) {
    if (lineage.isEmpty()) {
      return "当地生态环境部门";
    }
    List<Region> below = lineage.size() > 1 ? lineage.subList(1, lineage.size()) : lineage;
    StringBuilder name = new StringBuilder();
    below.forEach(r -> name.append(r.name()));
    return name + "生态环境部门";
  }

  private static String place(List<Region> lineage) {
    StringBuilder name = new StringBuilder();
    lineage.forEach(r -> name.append(r.name()));
    return name.toString();
  }

  /** 四川自贡, 重庆奉节: the province and the next level without their administrative suffixes. */
  static String shortPlace(List<Region> lineage) {
    if (lineage.isEmpty()) {
      return "";
    }
    return shortName(lineage.get(0)) + (lineage.size() > 1 ? shortName(lineage.get(1)) : "");
  }

  private static String shortName(Region r) {
    if (r == null) {
      return "";
    }
    String n = r.name().replaceAll("(壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$|地区$|盟$", "");
    if (r.level() > 1) {
      n = n.replaceAll("(区|县)$", "");
    }
    return n.isEmpty() ? r.name() : n;
  }

  private String label(String key) {
    return messages.getMessage(key, null, key, ZH);
  }

  private static String money(BigDecimal amount) {
    BigDecimal a = amount.stripTrailingZeros();
    if (a.compareTo(new BigDecimal("10000")) >= 0) {
      BigDecimal wan = a.divide(new BigDecimal("10000"));
      if (wan.scale() <= 2) {
        return wan.stripTrailingZeros().toPlainString() + "万元";
      }
    }
    return a.toPlainString() + "元";
  }

  private static String dateText(Instant instant) {
    return dateText(instant.atZone(CHINA).toLocalDate());
  }

  private static String dateText(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  private static LocalDate date(String iso) {
    try {
      return iso == null || iso.isBlank() ? null : LocalDate.parse(iso.substring(0, Math.min(10, iso.length())));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  private static String strip(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip();
    while (!t.isEmpty() && "。.；;，,".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max) + "……";
  }

  private static void end(StringBuilder text) {
    if (text.length() > 0 && text.charAt(text.length() - 1) != '。') {
      text.append("。");
    }
  }

  private JsonNode parse(String details) {
    if (details == null) {
      return null;
    }
    try {
      return json.readTree(details);
    } catch (IOException e) {
      return null;
    }
  }
}
