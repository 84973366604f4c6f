package org.greenwhistle.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.greenwhistle.publication.domain.PublicationFinding;
import org.greenwhistle.publication.service.Anonymiser;
import org.greenwhistle.publication.service.Anonymiser.Kind;
import org.greenwhistle.publication.service.Anonymiser.Known;
import org.greenwhistle.publication.service.Anonymiser.Proposal;
import org.greenwhistle.publication.service.PublicationCheck;
import org.greenwhistle.report.domain.ReporterIdentity;
import org.junit.jupiter.api.Test;

/** The anonymiser's proposals in the ministry's style, and the publication check they satisfy. */
class AnonymiserTest {
  // invented values (not the sample reporter's, which the CI looks for in the logs)
  private static final ReporterIdentity REPORTER =
      new ReporterIdentity("王小明", "510302198001010017", "13800001111", "xiaoming.wang@example.org");

  @Test
  void aCompanyBecomesSomeCompanyKeepingThePlaceAndTheTrade() {
    String text = "群众举报自贡市鑫达化工有限公司夜间偷排废水，随后又发现沿滩区宏发金属加工厂露天堆放废渣。";
    List<Proposal> proposals = Anonymiser.propose(text);
    assertThat(proposals).extracting(Proposal::original)
        .containsExactly("自贡市鑫达化工有限公司", "沿滩区宏发金属加工厂");
    assertThat(proposals).extracting(Proposal::replacement).containsExactly("自贡市某化工公司", "沿滩区某金属加工厂");
    assertThat(proposals).extracting(Proposal::kind).containsOnly(Kind.COMPANY);
    assertThat(Anonymiser.apply(text, proposals))
        .isEqualTo("群众举报自贡市某化工公司夜间偷排废水，随后又发现沿滩区某金属加工厂露天堆放废渣。");
    assertThat(Anonymiser.propose("长江边的恒通石材有限责任公司和青山养殖专业合作社")).extracting(Proposal::replacement)
        .containsExactly("某石材公司", "某养殖合作社");
  }

  @Test
  void peopleKeepTheirSurname() {
    String text = "该公司法定代表人张三丰指使员工李四将废液交给司机欧阳明辉，欧阳明辉等人趁夜倾倒。陈建国涉嫌污染环境罪。";
    List<Proposal> proposals = Anonymiser.propose(text);
    assertThat(proposals).extracting(Proposal::original).containsExactly("张三丰", "李四", "欧阳明辉", "欧阳明辉", "陈建国");
    assertThat(Anonymiser.apply(text, proposals))
        .isEqualTo("该公司法定代表人张某某指使员工李某将废液交给司机欧阳某某，欧阳某某等人趁夜倾倒。陈某某涉嫌污染环境罪。");
    assertThat(Anonymiser.personReplacement("王芳")).isEqualTo("王某");
  }

  @Test
  void idNumbersPhonesAndMailAddressesAreLeftOut() {
    String text = "当事人联系电话138 0000 2222，身份证号码51030219800101001X，邮箱 someone@example.com。";
    assertThat(Anonymiser.anonymise(text, List.of()))
        .isEqualTo("当事人联系电话（手机号码略），身份证号码（身份证号码略），邮箱 （电子邮箱略）。");
  }

  @Test
  void theKnownReporterIsFoundHoweverWrittenAndBecomesTheReporter() {
    String text = "群众王 小明（电话138-0000-1111）反映河水发黑，王小明还提供了照片。";
    List<Proposal> proposals = Anonymiser.propose(text, List.of(new Known(REPORTER.name(), Kind.REPORTER),
        new Known(REPORTER.phone(), Kind.PHONE)));
    assertThat(proposals).extracting(Proposal::kind).containsOnly(Kind.REPORTER);
    assertThat(Anonymiser.apply(text, proposals)).isEqualTo("群众举报人（电话（手机号码略））反映河水发黑，举报人还提供了照片。");
  }

  @Test
  void anonymisedTextGenericWordsAndPublicBodiesAreLeftAlone() {
    for (String text : List.of("某公司负责人张某某组织员工王某倾倒废液。", "执法人员到达现场检查，一家化工厂的厂区内有异味。",
        "自贡市沿滩生态环境局会同公安机关查处，该公司负责人称不知情。", "市中心一家饭店油烟扰民。",
        "举报人手机号码为139****5678。")) {
      assertThat(Anonymiser.propose(text)).as(text).isEmpty();
    }
  }

  @Test
  void theCheckBlocksReporterDataAndUnmaskedNumbersAndPassesAfterTheReplacements() {
    Map<String, String> texts = new java.util.LinkedHashMap<>();
    texts.put("title", "四川某地对举报废水直排的群众实施奖励");
    texts.put("facts", "群众王小明反映某厂偷排。");
    texts.put("handling", "联系人电话 138-0000-1111。");
    texts.put("reward", "给予举报人（身份证 510302198001010017）奖励2000元。");
    texts.put("significance", "来信 XiaoMing.Wang@example.org 表示感谢；另有 13912340000 来电。");
    List<PublicationFinding> findings = PublicationCheck.check(texts, List.of(REPORTER));
    assertThat(findings).containsExactly(
        new PublicationFinding("facts", PublicationCheck.REPORTER_NAME),
        new PublicationFinding("handling", PublicationCheck.REPORTER_PHONE),
        new PublicationFinding("handling", PublicationCheck.MOBILE_NUMBER),
        new PublicationFinding("reward", PublicationCheck.REPORTER_ID_NUMBER),
        new PublicationFinding("reward", PublicationCheck.ID_NUMBER),
        new PublicationFinding("significance", PublicationCheck.REPORTER_EMAIL),
        new PublicationFinding("significance", PublicationCheck.MOBILE_NUMBER));

    List<Known> known = List.of(new Known(REPORTER.name(), Kind.REPORTER), new Known(REPORTER.idNumber(), Kind.ID_NUMBER),
        new Known(REPORTER.phone(), Kind.PHONE), new Known(REPORTER.email(), Kind.EMAIL));
    Map<String, String> anonymised = new java.util.LinkedHashMap<>();
    texts.forEach((k, v) -> anonymised.put(k, Anonymiser.anonymise(v, known)));
    assertThat(PublicationCheck.check(anonymised, List.of(REPORTER))).isEmpty();
    assertThat(anonymised.get("facts")).isEqualTo("群众举报人反映某厂偷排。");
  }

  @Test
  void staleProposalsAreSkippedWhenTheTextChanged() {
    String text = "员工李四倾倒废液。";
    List<Proposal> proposals = Anonymiser.propose(text);
    assertThat(Anonymiser.apply("员工李四倾倒了废液。", proposals)).isEqualTo("员工李某倾倒了废液。");
    assertThat(Anonymiser.apply("员工倾倒废液。", proposals)).isEqualTo("员工倾倒废液。");
  }
}
