package org.greenwhistle.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.greenwhistle.report.domain.Category;
import org.greenwhistle.report.domain.ReportDraft;
import org.greenwhistle.report.domain.Subcategory;
import org.greenwhistle.report.service.EvidenceUpload;
import org.greenwhistle.report.service.ReportLookup;
import org.greenwhistle.report.service.ReportSubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Sample reports for the demo profile, in several regions and categories (incl. 510311 and 500236), and two where no
 * LEADER works (Dongguan 441900, Beijing 110105), which wait in ADMIN's national queue.
 */
@Component
@Profile("demo")
class DemoReports {
  private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

  record Sample(String region, Set<Category> categories, Set<Subcategory> subcategories, String target,
                String address, String description, int daysAgo) {
  }

  static final List<Sample> SAMPLES = List.of(
      new Sample("510311", EnumSet.of(Category.HAZARDOUS_WASTE), Set.of(), "某化工企业", "沿滩区工业集中区",
          "厂区后门空地堆放大量蓝色铁桶，桶身有腐蚀标志，雨后地面流出黄色液体。", 3),
      new Sample("510311", EnumSet.of(Category.WATER), Set.of(), "某印染厂", "沿滩区釜溪河右岸",
          "夜间从厂区围墙下暗管向釜溪河排放深色污水，有刺鼻气味。", 6),
      new Sample("510302", EnumSet.of(Category.AIR), EnumSet.of(Subcategory.SMOKE_DUST), "某建材厂", "自流井区某路",
          "烟囱冒黑烟，周边车辆和晾晒衣物落满灰尘。", 10),
      new Sample("500236", EnumSet.of(Category.ECOLOGY), Set.of(), "某采石场", "奉节县长江沿岸",
          "在江边山体违规开采，弃渣直接倾倒入江，植被大面积破坏。", 4),
      new Sample("500236", EnumSet.of(Category.NOISE), EnumSet.of(Subcategory.CONSTRUCTION_NOISE), "某工地",
          "奉节县永安街道", "工地每晚十一点后仍在打桩施工，噪声严重影响休息。", 2),
      new Sample("500103", EnumSet.of(Category.AIR), EnumSet.of(Subcategory.COOKING_FUMES), "某烧烤店",
          "渝中区某街", "烧烤店油烟未经净化直排居民楼，窗户无法打开。", 8),
      new Sample("510107", EnumSet.of(Category.SOLID_WASTE), Set.of(), "某运输车辆", "武侯区某桥下",
          "一辆货车在桥下倾倒建筑垃圾和生活垃圾，已堆成小山。", 12),
      new Sample("441900", EnumSet.of(Category.WATER, Category.AIR), EnumSet.of(Subcategory.ODOUR), "某电镀厂",
          "东莞市某镇工业区", "排水沟流出绿色废水，附近能闻到强烈酸味。", 15),
      // Beijing has no staff in the demo: the report waits in ADMIN's national queue (admin/national-queue)
      new Sample("110105", EnumSet.of(Category.SOLID_WASTE), Set.of(), "某汽修厂", "朝阳区某村北侧空地",
          "汽修厂把废机油桶和旧电瓶堆在空地上，地面有大片油污。", 5));

  private final ReportSubmissionService submissions;
  private final ReportLookup reports;
  private final Clock clock;

  DemoReports(ReportSubmissionService submissions, ReportLookup reports, Clock clock) {
    this.submissions = submissions;
    this.reports = reports;
    this.clock = clock;
  }

  /** Into an empty portal only (so before the reward cases, which are reports too). */
  void load() throws IOException {
    if (reports.anyReports()) {
      return;
    }
    Path photo = Files.createTempFile("gw-demo-", ".jpg");
    try {
      writePhoto(photo);
      for (Sample s : SAMPLES) {
        ReportDraft draft = new ReportDraft(s.categories(), s.subcategories(), s.target(), s.region(), s.address(),
            null, null, clock.instant().minus(Duration.ofDays(s.daysAgo())).atOffset(ZoneOffset.ofHours(8)),
            Boolean.TRUE, s.description(), Boolean.TRUE, null, Boolean.FALSE, null);
        Path copy = Files.createTempFile("gw-demo-", ".jpg");
        Files.copy(photo, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try {
          submissions.submitAsSystem(draft, List.of(new EvidenceUpload("现场照片.jpg", copy)));
        } finally {
          Files.deleteIfExists(copy);
        }
      }
      log.info("Demo data: {} sample reports", SAMPLES.size());
    } finally {
      Files.deleteIfExists(photo);
    }
  }

  private static void writePhoto(Path target) throws IOException {
    BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(120, 150, 170));
    g.fillRect(0, 0, 320, 240);
    g.setColor(new Color(60, 60, 60));
    g.fillRect(140, 40, 40, 160);
    g.setColor(new Color(90, 90, 90, 180));
    g.fillOval(120, 0, 90, 60);
    g.dispose();
    ImageIO.write(image, "jpg", target.toFile());
  }
}
