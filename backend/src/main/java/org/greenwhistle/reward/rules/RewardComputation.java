package org.greenwhistle.reward.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.greenwhistle.reward.domain.BasisLine;
import org.greenwhistle.reward.domain.RewardQuery;
import org.greenwhistle.reward.domain.RewardQuote;

/**
 * Combines the parts a decision table returned into the reward, with one explanation line per step. The only
 * place that knows how parts combine; every figure comes from the parts.
 *
 * <ol>
 * <li>each base part gives (amount, min, max); percentage parts are clamped to their floor/ceiling;</li>
 * <li>base parts combining by MAX give the component-wise maximum; STACK parts (and every BONUS) are added;</li>
 * <li>MULTIPLIERs multiply amount and range; FLOAT widens the range (the largest float counts);</li>
 * <li>CAP bounds amount and range (the lowest cap counts); APPROVAL_CEILING then raises the range's maximum;</li>
 * <li>amount, min and max are rounded half-up to the fen (0.01 yuan) at the end only.</li>
 * </ol>
 */
final class RewardComputation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private record Band(BigDecimal amount, BigDecimal min, BigDecimal max) {
    static final Band ZERO = new Band(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    Band plus(Band o) {
      return new Band(amount.add(o.amount), min.add(o.min), max.add(o.max));
    }

    Band highest(Band o) {
      return new Band(amount.max(o.amount), min.max(o.min), max.max(o.max));
    }

    Band times(BigDecimal f) {
      return new Band(amount.multiply(f), min.multiply(f), max.multiply(f));
    }

    Band atLeast(BigDecimal floor) {
      return new Band(amount.max(floor), min.max(floor), max.max(floor));
    }

    Band atMost(BigDecimal cap) {
      return new Band(amount.min(cap), min.min(cap), max.min(cap));
    }

    Band rounded() {
      return new Band(fen(amount), fen(min), fen(max));
    }

    boolean isRange() {
      return min.compareTo(max) != 0;
    }
  }

  private final List<BasisLine> lines = new ArrayList<>();

  private RewardComputation() {
  }

  static RewardQuote compute(List<Part> parts, RewardQuery q, String ruleSetLabel) {
    return new RewardComputation().run(parts, q, ruleSetLabel);
  }

  private RewardQuote run(List<Part> parts, RewardQuery q, String ruleSetLabel) {
    Band alternatives = null;
    int alternativeCount = 0;
    Band stacked = Band.ZERO;
    int stackCount = 0;
    for (Part p : parts) {
      if (!p.kind().base) {
        continue;
      }
      Band b = base(p, q);
      if (p.stack()) {
        stacked = stacked.plus(b);
        stackCount++;
      } else {
        alternatives = alternatives == null ? b : alternatives.highest(b);
        alternativeCount++;
      }
    }
    if (alternativeCount + stackCount == 0) {
      line("没有适用的奖励规则，奖励金额为 0", "No rule of this rule set applies: no reward");
      return new RewardQuote(fen(BigDecimal.ZERO), fen(BigDecimal.ZERO), fen(BigDecimal.ZERO), RewardQuote.CNY,
          ruleSetLabel, lines);
    }
    Band total = alternatives == null ? stacked : alternatives.plus(stacked);
    if (alternativeCount > 1) {
      line("多项择高：取 " + band(alternatives, "元"), "Alternatives, the highest counts: " + band(alternatives, "yuan"));
    }
    if (stackCount > 0 && alternativeCount + stackCount > 1) {
      line("叠加合计：" + band(total, "元"), "Stacked total: " + band(total, "yuan"));
    }
    total = multiply(parts, total);
    total = floatRange(parts, total);
    total = cap(parts, total);
    total = approvalCeiling(parts, total);
    Band result = total.rounded();
    line("奖励金额 " + yuan(result.amount) + " 元，可在 " + yuan(result.min) + "–" + yuan(result.max)
            + " 元之间（适用规则 " + ruleSetLabel + "）",
        "Reward " + yuan(result.amount) + " yuan, range " + yuan(result.min) + "–" + yuan(result.max)
            + " yuan (rule set " + ruleSetLabel + ")");
    return new RewardQuote(result.amount, result.min, result.max, RewardQuote.CNY, ruleSetLabel, lines);
  }

  private Band base(Part p, RewardQuery q) {
    return switch (p.kind()) {
      case FIXED, RANGE -> fixedOrRange(p);
      case BONUS -> {
        Band b = new Band(p.value(), p.value(), p.value());
        line("叠加奖励 +" + yuan(p.value()) + " 元（" + p.label() + "）",
            "Bonus +" + yuan(p.value()) + " yuan (" + p.labelEn() + ")");
        yield b;
      }
      case PERCENT_OF_FINE -> percent(p, q.fineOrZero(), "罚款", "Fine");
      case PERCENT_OF_MAX_FINE -> percent(p, q.statutoryMaxFineOrZero(), "法定最高罚款", "Statutory maximum fine");
      default -> throw new IllegalStateException("not a base part: " + p.kind());
    };
  }

  private Band fixedOrRange(Part p) {
    BigDecimal min = p.minValue() == null ? p.value() : p.minValue();
    BigDecimal max = p.maxValue() == null ? p.value() : p.maxValue();
    Band b = new Band(p.value(), min, max);
    if (b.isRange()) {
      line("奖励幅度 " + yuan(min) + "–" + yuan(max) + " 元，建议 " + yuan(p.value()) + " 元（" + p.label() + "）",
          "Range " + yuan(min) + "–" + yuan(max) + " yuan, suggested " + yuan(p.value()) + " yuan (" + p.labelEn()
              + ")");
    } else {
      line("定额奖励 " + yuan(p.value()) + " 元（" + p.label() + "）",
          "Fixed amount " + yuan(p.value()) + " yuan (" + p.labelEn() + ")");
    }
    return b;
  }

  private Band percent(Part p, BigDecimal base, String baseZh, String baseEn) {
    BigDecimal minRate = p.minValue() == null ? p.value() : p.minValue();
    BigDecimal maxRate = p.maxValue() == null ? p.value() : p.maxValue();
    Band raw = new Band(base.multiply(p.value()), base.multiply(minRate), base.multiply(maxRate));
    String rateZh = pct(p.value());
    String rateEn = pct(p.value());
    if (minRate.compareTo(maxRate) != 0) {
      rateZh += "（可在 " + pct(minRate) + "–" + pct(maxRate) + " 之间）";
      rateEn += " (between " + pct(minRate) + " and " + pct(maxRate) + ")";
    }
    StringBuilder zh = new StringBuilder(baseZh + " " + yuan(base) + " 元 × " + rateZh + " = " + band(raw, "元"));
    StringBuilder en = new StringBuilder(baseEn + " " + yuan(base) + " yuan × " + rateEn + " = " + band(raw, "yuan"));
    Band b = raw;
    if (p.floor() != null && b.min.compareTo(p.floor()) < 0) {
      b = b.atLeast(p.floor());
      zh.append("，不低于 ").append(yuan(p.floor())).append(" 元");
      en.append(", at least ").append(yuan(p.floor())).append(" yuan");
    }
    if (p.ceiling() != null && b.max.compareTo(p.ceiling()) > 0) {
      b = b.atMost(p.ceiling());
      zh.append("，单项最高 ").append(yuan(p.ceiling())).append(" 元");
      en.append(", this part at most ").append(yuan(p.ceiling())).append(" yuan");
    }
    if (b != raw) {
      zh.append("，计 ").append(band(b, "元"));
      en.append(": ").append(band(b, "yuan"));
    }
    line(zh + "（" + p.label() + "）", en + " (" + p.labelEn() + ")");
    return b;
  }

  private Band multiply(List<Part> parts, Band total) {
    Band t = total;
    for (Part p : parts) {
      if (p.kind() == PartKind.MULTIPLIER) {
        t = t.times(p.value());
        String f = p.value().stripTrailingZeros().toPlainString();
        line("× " + f + "（" + p.label() + "）：" + band(t, "元"), "× " + f + " (" + p.labelEn() + "): " + band(t, "yuan"));
      }
    }
    return t;
  }

  private Band floatRange(List<Part> parts, Band total) {
    Part widest = null;
    for (Part p : parts) {
      if (p.kind() == PartKind.FLOAT && (widest == null || p.value().compareTo(widest.value()) > 0)) {
        widest = p;
      }
    }
    if (widest == null) {
      return total;
    }
    BigDecimal v = widest.value();
    Band t = new Band(total.amount, total.min.multiply(BigDecimal.ONE.subtract(v)), total.max.multiply(BigDecimal.ONE.add(v)));
    line("上下浮动 " + pct(v) + "（" + widest.label() + "）：幅度 " + yuan(t.min) + "–" + yuan(t.max) + " 元",
        "Float ±" + pct(v) + " (" + widest.labelEn() + "): range " + yuan(t.min) + "–" + yuan(t.max) + " yuan");
    return t;
  }

  private Band cap(List<Part> parts, Band total) {
    Part lowest = null;
    for (Part p : parts) {
      if (p.kind() == PartKind.CAP && (lowest == null || p.value().compareTo(lowest.value()) < 0)) {
        lowest = p;
      }
    }
    if (lowest == null) {
      return total;
    }
    if (total.max.compareTo(lowest.value()) <= 0) {
      line("最高 " + yuan(lowest.value()) + " 元（" + lowest.label() + "）：未超过",
          "At most " + yuan(lowest.value()) + " yuan (" + lowest.labelEn() + "): not exceeded");
      return total;
    }
    Band t = total.atMost(lowest.value());
    line("最高 " + yuan(lowest.value()) + " 元（" + lowest.label() + "）：" + band(total, "元") + " → " + band(t, "元"),
        "At most " + yuan(lowest.value()) + " yuan (" + lowest.labelEn() + "): " + band(total, "yuan") + " → "
            + band(t, "yuan"));
    return t;
  }

  private Band approvalCeiling(List<Part> parts, Band total) {
    Part highest = null;
    for (Part p : parts) {
      if (p.kind() == PartKind.APPROVAL_CEILING && (highest == null || p.value().compareTo(highest.value()) > 0)) {
        highest = p;
      }
    }
    if (highest == null || highest.value().compareTo(total.max) <= 0) {
      return total;
    }
    line("经批准最高可至 " + yuan(highest.value()) + " 元（" + highest.label() + "）",
        "Up to " + yuan(highest.value()) + " yuan with approval (" + highest.labelEn() + ")");
    return new Band(total.amount, total.min, highest.value());
  }

  private void line(String zh, String en) {
    lines.add(new BasisLine(zh, en));
  }

  private static String band(Band b, String unit) {
    boolean zh = "元".equals(unit);
    if (!b.isRange()) {
      return yuan(b.amount) + " " + unit;
    }
    return zh
        ? yuan(b.amount) + " 元（幅度 " + yuan(b.min) + "–" + yuan(b.max) + " 元）"
        : yuan(b.amount) + " yuan (range " + yuan(b.min) + "–" + yuan(b.max) + " yuan)";
  }

  static BigDecimal fen(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP);
  }

  /** "1,234,567.89" (String.format is ten times slower, and this runs a dozen times per quote). */
  static String yuan(BigDecimal v) {
    String plain = fen(v).toPlainString();
    boolean negative = plain.startsWith("-");
    int dot = plain.indexOf('.');
    String digits = plain.substring(negative ? 1 : 0, dot);
    StringBuilder b = new StringBuilder(plain.length() + digits.length() / 3 + 1);
    if (negative) {
      b.append('-');
    }
    int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    b.append(digits, 0, head);
    for (int i = head; i < digits.length(); i += 3) {
      b.append(',').append(digits, i, i + 3);
    }
    return b.append(plain, dot, plain.length()).toString();
  }

  static String pct(BigDecimal fraction) {
    return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
  }
}
