package org.greenwhistle.publication.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the replacements that make a typical case publishable, in the style of the ministry's batches: companies
 * become "某公司" / "某化工厂" (a leading place name and the trade are kept), people "张某某" (the surname is kept),
 * ID and mobile numbers and e-mail addresses are left out, and the known reporters of the linked cases become
 * "举报人". Pure and stateless: it proposes, the editor decides; {@link #apply} carries the proposals out.
 *
 * <p>Heuristics, not a parser: a company is a run of Chinese characters before a company word (公司, 厂, 养殖场,
 * 合作社, 中心, 店 …) that starts after punctuation or a verb such as 举报/对/在; a person is a 2–3 character name
 * with a common surname after a role (法定代表人, 负责人, 员工, 司机 …) or before 等人/涉嫌/（男. Text already
 * anonymised (containing 某) is left alone.
 */
public final class Anonymiser {

  /** What a proposal replaces. */
  public enum Kind { REPORTER, PERSON, COMPANY, ID_NUMBER, PHONE, EMAIL }

  /** One proposed replacement: characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
  public record Proposal(int start, int end, String original, String replacement, Kind kind) {
    @Override
    public String toString() {
      // the original may be personal data: never in a log line or an assertion message
      return "Proposal[" + start + "-" + end + " " + kind + " → " + replacement + "]";
    }
  }

  /** A value known to identify a reporter of the linked cases (decrypted from the report); found however spaced. */
  public record Known(String value, Kind kind) {
    @Override
    public String toString() {
      return "Known[" + kind + "]";
    }
  }

  public static final String REPORTER = "举报人";
  public static final String ID_OMITTED = "（身份证号码略）";
  public static final String PHONE_OMITTED = "（手机号码略）";
  public static final String EMAIL_OMITTED = "（电子邮箱略）";

  private static final Pattern ID_NUMBER = Pattern.compile(
      "(?<![0-9A-Za-z])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"
          + "(?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9](?:[ -]?[0-9]{4}){2}(?![0-9])");
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /** Company words, longest first, with the word the replacement ends in. */
  private static final List<String[]> COMPANY_SUFFIXES = List.of(
      new String[] {"股份有限公司", "公司"}, new String[] {"有限责任公司", "公司"}, new String[] {"有限公司", "公司"},
      new String[] {"分公司", "公司"}, new String[] {"公司", "公司"}, new String[] {"专业合作社", "合作社"},
      new String[] {"合作社", "合作社"}, new String[] {"养殖场", "养殖场"}, new String[] {"屠宰场", "屠宰场"},
      new String[] {"采石场", "采石场"}, new String[] {"砂石场", "砂石场"}, new String[] {"洗砂场", "洗砂场"},
      new String[] {"搅拌站", "搅拌站"}, new String[] {"农场", "农场"}, new String[] {"林场", "林场"},
      new String[] {"经营部", "经营部"}, new String[] {"门市部", "门市部"}, new String[] {"商行", "商行"},
      new String[] {"作坊", "作坊"}, new String[] {"工作室", "工作室"}, new String[] {"酒店", "酒店"},
      new String[] {"宾馆", "宾馆"}, new String[] {"医院", "医院"}, new String[] {"诊所", "诊所"},
      new String[] {"中心", "中心"}, new String[] {"厂", "厂"}, new String[] {"店", "店"});
  private static final Pattern COMPANY_WORD;

  static {
    StringBuilder alternatives = new StringBuilder();
    for (String[] s : COMPANY_SUFFIXES) {
      alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(s[0]));
    }
    // 厂区/厂房/厂长/厂界/厂家/厂方/店铺/店面 are not company names
    COMPANY_WORD = Pattern.compile("(?:" + alternatives + ")(?![区房长界家方址铺面])");
  }

  /** Words after which a name starts (verbs, prepositions, determiners), longest first. */
  private static final List<String> NAME_STARTS = List.of("举报", "反映", "投诉", "发现", "位于", "查处", "检查",
      "涉事", "当地", "一家", "这家", "那家", "该家", "委托", "交由", "雇佣", "雇用", "联系", "附近", "群众", "辖区",
      "境内", "隔壁", "对面", "旁边", "对", "在", "是", "的", "与", "和", "及", "向", "将", "由", "经", "被", "称", "了",
      "为", "从", "到", "给", "把", "该", "等", "年", "月", "日", "许", "号");

  /** Public bodies keep their names. */
  private static final Pattern PUBLIC_BODY = Pattern.compile(
      "生态环境|环境保护|环保|公安|检察|法院|政府|委员会|管理局|监测站|监测中心|执法|派出所|街道办|居委会|村委会|指挥中心|服务中心|政务");

  private static final Pattern PLACE_PREFIX = Pattern.compile(
      "^(?:\\p{IsHan}{1,6}?(?:省|自治区|市|自治州|州|盟|区|县|旗|镇|乡|街道|工业园|园区))+");

  /** Trades kept in a company's replacement (某化工厂, 某印染公司), longest first. */
  private static final List<String> TRADES = List.of("金属加工", "危废处置", "环保科技", "化工", "电镀", "印染", "染整",
      "造纸", "制药", "砖瓦", "水泥", "加工", "皮革", "塑料", "洗砂", "搅拌", "食品", "酿酒", "化肥", "钢铁", "冶炼",
      "铸造", "家具", "纺织", "汽修", "洗车", "石材", "建材", "再生资源", "物流", "运输", "养殖", "矿业", "采石",
      "污水处理", "科技", "环境", "机械", "五金", "陶瓷", "玻璃", "混凝土", "沥青", "医药", "农业", "能源", "电子");

  private static final List<String> ROLES = List.of("法定代表人", "实际控制人", "实际经营人", "犯罪嫌疑人", "负责人",
      "经营者", "经营户", "个体户", "当事人", "嫌疑人", "被告人", "驾驶员", "技术员", "管理员", "业主", "员工", "工人",
      "司机", "股东", "厂长", "经理", "老板", "法人", "村民", "居民", "男子", "女子", "运维人员", "操作工", "承包人",
      "车主");
  private static final Pattern ROLE_THEN_NAME;
  private static final Pattern NAME_THEN_CONTEXT = Pattern.compile(
      "(?=等人|等[0-9一二三四五六七八九十]+人|涉嫌|（男|\\(男|（女|\\(女|，男，|，女，)");

  static {
    StringBuilder roles = new StringBuilder();
    for (String r : ROLES) {
      roles.append(roles.isEmpty() ? "" : "|").append(Pattern.quote(r));
    }
    ROLE_THEN_NAME = Pattern.compile("(?:" + roles + ")[：:]?\\s?(?=\\p{IsHan})");
  }

  private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐",
      "慕容", "尉迟", "长孙", "夏侯", "公孙", "端木", "独孤", "南宫", "西门");
  /** Common surnames; characters that are mostly function words (向, 和, 于, 时 …) are left out on purpose. */
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏"
      + "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施"
      + "牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝游辛靳"
      + "柴蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓古吉缪简项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬卞姬栾隋刁荣巫寇桑"
      + "郎甄丛仲虞敖巩佘池苑迟邝";
  /** Characters that end a 2-character name when they follow it (张三等, 李四在, 王五驾驶). */
  private static final String AFTER_NAME = "等的在于因被涉组指驾称将和与及为已对向把是了说从带雇私非违擅安让请均也又还便就所"
      + "个之到用开拉运倒排偷乱处交收承经租负称供取未无曾再即先后同共倾埋焚堆抛填趁每持拒伪篡修载卸";

  private Anonymiser() {
  }

  /** Proposals for the text, without known reporter values. */
  public static List<Proposal> propose(String text) {
    return propose(text, List.of());
  }

  /** Non-overlapping proposals in text order; the known reporters' values take precedence. */
  public static List<Proposal> propose(String text, Collection<Known> known) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Proposal> candidates = new ArrayList<>();
    for (Known k : known) {
      reporterValue(text, k, candidates);
    }
    patterns(text, candidates);
    companies(text, candidates);
    people(text, candidates);
    return nonOverlapping(candidates);
  }

  /** The text with the proposals carried out (they must not overlap, as {@link #propose} returns them). */
  public static String apply(String text, List<Proposal> proposals) {
    if (text == null || proposals.isEmpty()) {
      return text;
    }
    List<Proposal> ordered = new ArrayList<>(proposals);
    ordered.sort(Comparator.comparingInt(Proposal::start).reversed());
    StringBuilder out = new StringBuilder(text);
    int limit = text.length();
    for (Proposal p : ordered) {
      if (p.start() < 0 || p.end() > limit || p.start() >= p.end()
          || !text.substring(p.start(), p.end()).equals(p.original())) {
        continue; // stale or overlapping: the text changed since it was proposed
      }
      out.replace(p.start(), p.end(), p.replacement());
      limit = p.start();
    }
    return out.toString();
  }

  /** Convenience: every proposal applied. */
  public static String anonymise(String text, Collection<Known> known) {
    return apply(text, propose(text, known));
  }

  /** The name a person gets: the surname kept, one 某 per remaining character (张三 → 张某, 张三丰 → 张某某). */
  public static String personReplacement(String name) {
    int surname = name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
    return name.substring(0, surname) + "某".repeat(Math.max(1, name.length() - surname));
  }

  /** The company name's replacement, or null when it is no company to anonymise (该公司, 某公司, public bodies). */
  public static String companyReplacement(String name) {
    for (String[] suffix : COMPANY_SUFFIXES) {
      if (name.endsWith(suffix[0])) {
        String stem = name.substring(0, name.length() - suffix[0].length());
        return companyReplacement(stem, suffix[1]);
      }
    }
    return null;
  }

  private static String companyReplacement(String stem, String word) {
    if (stem.length() < 2 || stem.contains("某") || PUBLIC_BODY.matcher(stem + word).find()) {
      return null;
    }
    String place = "";
    Matcher m = PLACE_PREFIX.matcher(stem);
    if (m.find() && stem.length() - m.end() >= 2) {
      place = m.group();
    }
    String rest = stem.substring(place.length());
    if (TRADES.contains(rest)) {
      return null; // a kind of business (一家化工厂), not a name
    }
    String trade = "";
    for (String t : TRADES) {
      if (rest.endsWith(t) && rest.length() > t.length()) {
        trade = t;
        break;
      }
    }
    return place + "某" + trade + word;
  }

  // ---------------------------------------------------------------- finders

  private static void reporterValue(String text, Known k, List<Proposal> out) {
    String value = k.value() == null ? "" : k.value().strip();
    String replacement;
    String chars;
    switch (k.kind()) {
      case PHONE -> {
        chars = value.replaceAll("[^0-9]", "");
        if (chars.length() == 13 && chars.startsWith("86")) {
          chars = chars.substring(2);
        }
        replacement = PHONE_OMITTED;
      }
      case ID_NUMBER -> {
        chars = value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        replacement = ID_OMITTED;
      }
      case EMAIL -> {
        chars = value;
        replacement = EMAIL_OMITTED;
      }
      default -> {
        chars = value.replaceAll("\\s", "");
        replacement = REPORTER;
      }
    }
    if (chars.length() < 2) {
      return;
    }
    // the value however it is spaced or punctuated: 139 1234 5678, 测 试 人
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < chars.length(); ) {
      int cp = chars.codePointAt(i);
      regex.append(i == 0 ? "" : "[\\s\\p{P}]*").append(Pattern.quote(new String(Character.toChars(cp))));
      i += Character.charCount(cp);
    }
    Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
    while (m.find()) {
      out.add(new Proposal(m.start(), m.end(), m.group(), replacement, Kind.REPORTER));
    }
  }

  private static void patterns(String text, List<Proposal> out) {
    find(text, ID_NUMBER, ID_OMITTED, Kind.ID_NUMBER, out);
    find(text, MOBILE, PHONE_OMITTED, Kind.PHONE, out);
    find(text, EMAIL, EMAIL_OMITTED, Kind.EMAIL, out);
  }

  private static void find(String text, Pattern pattern, String replacement, Kind kind, List<Proposal> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(new Proposal(m.start(), m.end(), m.group(), replacement, kind));
    }
  }

  private static void companies(String text, List<Proposal> out) {
    Matcher m = COMPANY_WORD.matcher(text);
    while (m.find()) {
      int wordStart = m.start();
      int start = wordStart;
      while (start > 0 && wordStart - start < 24 && isNameChar(text.charAt(start - 1))) {
        start--;
      }
      // the name begins after the last verb, preposition or determiner before the company word
      String run = text.substring(start, wordStart);
      int cut = 0;
      for (int i = run.length() - 1; i >= 0 && cut == 0; i--) {
        for (String w : NAME_STARTS) {
          if (run.startsWith(w, i) && i + w.length() <= run.length()) {
            cut = i + w.length();
            break;
          }
        }
      }
      int nameStart = start + cut;
      String name = text.substring(nameStart, m.end());
      String replacement = companyReplacement(name.substring(0, name.length() - m.group().length()),
          suffixWord(m.group()));
      if (replacement != null && !replacement.equals(name)) {
        out.add(new Proposal(nameStart, m.end(), name, replacement, Kind.COMPANY));
      }
    }
  }

  private static String suffixWord(String matched) {
    for (String[] s : COMPANY_SUFFIXES) {
      if (s[0].equals(matched)) {
        return s[1];
      }
    }
    return matched;
  }

  private static boolean isNameChar(char c) {
    // digits end a name: 2024年3月 or 8号 before a company are no part of it
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '（' || c == '）' || c == '(' || c == ')'
        || c < 128 && Character.isLetter(c);
  }

  private static void people(String text, List<Proposal> out) {
    Matcher role = ROLE_THEN_NAME.matcher(text);
    while (role.find()) {
      int s = role.end();
      int length = nameLengthAt(text, s);
      if (length > 0) {
        String name = text.substring(s, s + length);
        out.add(new Proposal(s, s + length, name, personReplacement(name), Kind.PERSON));
      }
    }
    Matcher context = NAME_THEN_CONTEXT.matcher(text);
    while (context.find()) {
      int e = context.start();
      for (int length = 4; length >= 2; length--) {
        int s = e - length;
        if (s < 0) {
          continue;
        }
        String name = text.substring(s, e);
        if (isName(name) && (s == 0 || !isHan(text.charAt(s - 1)) || length > 2 || !isSurnameStart(text, s - 1))) {
          out.add(new Proposal(s, e, name, personReplacement(name), Kind.PERSON));
          break;
        }
      }
    }
  }

  /** 2 or 3 when a name with a known surname starts at {@code s}, else 0. */
  private static int nameLengthAt(String text, int s) {
    if (s + 2 > text.length()) {
      return 0;
    }
    String two = text.substring(s, s + 2);
    if (!isName(two)) {
      return 0;
    }
    boolean compound = COMPOUND_SURNAMES.contains(two);
    int max = compound ? 4 : 3;
    int length = Math.min(max, text.length() - s);
    while (length > 2) {
      String candidate = text.substring(s, s + length);
      char last = candidate.charAt(length - 1);
      if (isName(candidate) && AFTER_NAME.indexOf(last) < 0) {
        return length;
      }
      length--;
    }
    return compound ? (s + 3 <= text.length() && isName(text.substring(s, s + 3)) ? 3 : 0) : 2;
  }

  private static boolean isName(String name) {
    if (name.length() < 2 || name.length() > 4 || name.contains("某")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isHan(name.charAt(i))) {
        return false;
      }
    }
    if (name.length() >= 3 && COMPOUND_SURNAMES.contains(name.substring(0, 2))) {
      return true;
    }
    return name.length() <= 3 && SURNAMES.indexOf(name.charAt(0)) >= 0 && AFTER_NAME.indexOf(name.charAt(1)) < 0;
  }

  private static boolean isSurnameStart(String text, int i) {
    return SURNAMES.indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static List<Proposal> nonOverlapping(List<Proposal> candidates) {
    List<Proposal> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt((Proposal p) -> p.kind().ordinal())
        .thenComparing(Comparator.comparingInt((Proposal p) -> p.end() - p.start()).reversed())
        .thenComparingInt(Proposal::start));
    List<Proposal> accepted = new ArrayList<>();
    for (Proposal p : sorted) {
      boolean overlaps = accepted.stream().anyMatch(a -> p.start() < a.end() && a.start() < p.end());
      if (!overlaps && !p.original().equals(p.replacement())) {
        accepted.add(p);
      }
    }
    accepted.sort(Comparator.comparingInt(Proposal::start));
    return List.copyOf(accepted);
  }
}
