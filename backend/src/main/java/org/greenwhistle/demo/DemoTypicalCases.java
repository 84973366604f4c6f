package org.greenwhistle.demo;

import java.util.List;
import org.greenwhistle.publication.service.TypicalCaseImport.ImportedCase;
import org.greenwhistle.publication.service.TypicalCaseImport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo typical cases: batch 1 with four published cases in the style of the ministry's batches (written for the
 * demo, anonymised: "某公司", "张某某", the reporter only as "群众"/"举报人"; amounts follow the shipped reward rules)
 * and one draft that still names the farm and its people (the console's anonymisation proposes the replacements).
 * Written by {@code admin}, published by {@code admin2}. Imported through the publication feature (the text is fixed
 * and anonymised), with the audit entries the console would have written. Loaded once: skipped when batch 1 exists.
 */
@Component
@Profile("demo")
class DemoTypicalCases {
  private static final Logger log = LoggerFactory.getLogger(DemoTypicalCases.class);
  static final int BATCH_NO = 1;
  static final String BATCH_TITLE = "2026年第一批生态环境违法行为举报奖励典型案例";

  static final List<ImportedCase> CASES = List.of(
      new ImportedCase("四川自贡对举报危险废物非法倾倒的群众实施奖励", "510311", "510000", "HAZARDOUS_WASTE", 2025,
          "2023年，四川省生态环境厅会同四川省财政厅印发《四川省生态环境违法行为举报奖励办法（2023年版）》，明确生态环境部门根据"
              + "举报线索查实生态环境违法行为、依法作出处理处罚决定后，给予举报人500元至1万元奖励；对提供重大案件关键线索的，"
              + "最高可奖励5万元。",
          "2025年3月的一个深夜，有群众同时向公安机关和生态环境部门反映，其居住小区旁的一块空地上停着一辆罐车，正在向地面排放"
              + "不明液体，现场气味刺鼻。自贡市沿滩生态环境局接报后会同公安机关连夜赶到现场，当场查获正在通过软管向空地排放黑色"
              + "黏稠液体的罐车，地面已形成约300平方米的污染区域。经采样监测和溯源调查，倾倒物为某公司生产过程中产生的废矿物油类"
              + "危险废物。该公司负责人张某某为节省处置费用，将危险废物交给没有危险废物经营许可证的李某某运输处置，李某某又雇用"
              + "司机王某某趁夜寻找偏僻地点倾倒，已累计倾倒约20吨。",
          "沿滩生态环境局依法对某公司作出罚款50万元的行政处罚决定，责令其委托有资质的单位清理受污染土壤并开展生态环境损害"
              + "评估；因涉嫌污染环境罪，案件移送公安机关，张某某、李某某、王某某3人被依法逮捕。",
          "沿滩生态环境局依据《四川省生态环境违法行为举报奖励办法（2023年版）》，认定举报人提供了重大案件的关键线索，"
              + "给予举报人奖励2万元，奖励已发放到位。",
          "群众一个电话，使正在发生的危险废物非法倾倒被当场查获，避免了污染向周边农田和水体扩散。生态环境部门与公安机关"
              + "接报即联动、连夜出警，从倾倒现场一路追溯到产废企业和非法运输者，实现了全链条打击；对提供关键线索的举报人依规"
              + "给予较高额度奖励，让群众看到举报有用、举报有奖。", true),
      new ImportedCase("重庆奉节对举报向长江倾倒采石废渣的群众实施奖励", "500236", "500000", "ECOLOGY", 2025,
          "重庆市生态环境局会同市财政局出台的生态环境违法行为举报奖励办法规定，举报经查证属实且作出行政处罚决定的，按罚没款"
              + "金额的5%给予举报人奖励；举报避免突发环境事件发生的，最高可奖励10万元；匿名举报同样可以申领奖励。",
          "2025年6月，有群众通过举报平台反映，奉节县长江岸边一处采石场在作业中将废石渣和泥浆直接推入长江，江面出现大片浑浊"
              + "水带，并上传了现场视频。奉节县生态环境局会同水利、自然资源部门于次日开展现场检查，查明某石材公司在开采过程中"
              + "未按环评要求建设沉淀池和挡渣墙，将废石渣约1200立方米、泥浆废水若干倾倒入长江岸线，破坏了岸线生态环境。",
          "奉节县生态环境局依据《中华人民共和国长江保护法》《中华人民共和国水污染防治法》，对某石材公司作出罚款30万元的行政"
              + "处罚决定，责令其立即停止倾倒、清运江岸废渣，并按生态修复方案完成岸线复绿；对该公司实际控制人刘某某依法约谈。",
          "奉节县生态环境局依据重庆市举报奖励办法，按罚款金额的5%给予举报人奖励1.5万元，奖励已发放到位。",
          "长江岸线是生态保护的重点区域，违法倾倒往往发生在偏远江段，仅靠日常巡查难以及时发现。本案中，群众用手机拍下的"
              + "视频成为锁定违法行为的关键证据，生态环境部门联合多部门快速处置，既依法严惩，又督促企业完成生态修复，体现了"
              + "“共抓大保护、不搞大开发”的要求。", true),
      new ImportedCase("浙江绍兴对举报印染企业暗管偷排的群众实施奖励", "330603", "330000", "WATER", 2024,
          "浙江省生态环境违法行为举报奖励办法规定，举报查证属实并作出罚款处罚的，按罚款金额的5%给予举报人奖励，最高10万元；"
              + "违法行为人被行政拘留的，另行给予举报人5000元奖励。",
          "2024年8月，有群众举报绍兴市柯桥区某印染公司厂区围墙外的河道每到深夜就会出现彩色污水。绍兴市生态环境局柯桥分局"
              + "执法人员连续三晚蹲守，发现该公司在厂区围墙下埋设了一根直径约15厘米的暗管，深夜开启阀门将未经处理的印染废水"
              + "直接排入河道。经监测，外排废水化学需氧量超过排放标准6倍。执法人员责令其立即改正后复查发现，该公司仍未拆除"
              + "暗管并继续偷排。",
          "绍兴市生态环境局依法对某印染公司作出罚款20万元的行政处罚决定，因其拒不改正，自责令改正之日的次日起实施按日连续"
              + "处罚，累计罚款220万元；公安机关对该公司负责人赵某某处以行政拘留10日。",
          "绍兴市生态环境局依据《浙江省生态环境违法行为举报奖励办法》，按罚款金额的5%计算奖励并以10万元封顶，另因违法行为人"
              + "被行政拘留增加奖励5000元，共给予举报人奖励10.5万元。",
          "暗管偷排隐蔽性强、取证难，群众的持续关注为执法人员锁定排放时段提供了关键线索。对拒不改正的企业实施按日连续处罚，"
              + "大幅提高了违法成本；按规定足额兑现高额奖励，向社会释放了“举报必查、查实必奖”的明确信号。", true),
      new ImportedCase("江西九江对内部人员举报自动监测数据造假的举报人实施奖励", "360429", "360000", "AIR", 2025,
          "《江西省生态环境违法行为举报奖励办法》规定，按举报人贡献程度给予罚款金额2%至4%的奖励，单笔最高20万元；企业内部"
              + "人员举报重大案件的，奖励金额加倍。",
          "2025年4月，某化工公司员工向九江市生态环境局实名举报，称公司安排人员修改废气在线监测设备参数，使上传的二氧化硫、"
              + "氮氧化物浓度长期“达标”，并提供了操作记录截图。执法人员调取该公司近三个月的自动监测数据，结合现场检查和设备"
              + "运维记录比对，查实该公司运维人员在设备负责人孙某某指使下，多次篡改采样管路和量程设置，致使监测数据严重失真。",
          "九江市生态环境局依法对某化工公司作出罚款100万元的行政处罚决定，责令其限期改正；因篡改、伪造自动监测数据涉嫌污染"
              + "环境罪，案件移送公安机关，孙某某等2人被依法采取刑事强制措施。",
          "九江市生态环境局依据《江西省生态环境违法行为举报奖励办法》，认定举报人贡献程度为一级，按罚款金额的4%计算奖励"
              + "4万元；因举报人为企业内部人员且属重大案件，奖励加倍，共给予举报人奖励8万元。",
          "自动监测数据是环境监管的“眼睛”，数据造假手段专业、隐蔽，外部难以察觉。内部人员掌握第一手证据，是发现此类违法"
              + "行为的重要来源。本案对内部举报人依规加倍奖励并严格保护其身份信息，鼓励知情人员勇于揭发，有力震慑了监测数据"
              + "弄虚作假行为。", true),
      new ImportedCase("四川自贡对举报养殖场废水直排的群众实施奖励", "510311", "510000", "WATER", 2026,
          "《四川省生态环境违法行为举报奖励办法（2023年版）》规定，生态环境部门根据举报线索查实违法行为并依法作出处理处罚决定"
              + "后，给予举报人奖励。",
          // not yet anonymised: the console's "propose anonymisation" has something to show
          "2026年10月，有群众举报沿滩区宏达生猪养殖场通过雨水管向河沟直排养殖废水，河水发黑发臭。沿滩生态环境局执法人员现场检查"
              + "发现，该养殖场沼液储存池已满，负责人周建军安排员工陈小兵用水泵将沼液抽入雨水管。",
          "沿滩生态环境局依法对宏达生猪养殖场作出罚款5万元的行政处罚决定，责令其立即改正。",
          "奖励正在审核中。",
          "", false));

  private final TypicalCaseImport typicalCases;

  DemoTypicalCases(TypicalCaseImport typicalCases) {
    this.typicalCases = typicalCases;
  }

  void load() {
    // loaded once: the batch marks it (a shared test database may hold other typical cases, but never batch 1)
    if (typicalCases.batchExists(BATCH_NO)) {
      return;
    }
    typicalCases.importBatch(BATCH_NO, BATCH_TITLE, "admin", "admin2", CASES);
    log.info("Demo data: {} typical cases", CASES.size());
  }
}
