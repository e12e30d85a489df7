package dev.newsbridge.ingest.bench;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders the benchmark outlet's feeds and article pages from their numbers, reproducibly (a {@link
 * Random} seeded with the article number). Pages look like a Chinese news site's: a nav bar, a
 * headline, a byline and time, 6-10 body paragraphs of about 1,500 characters in all, an editor
 * line, a related-links sidebar and a footer. All text is written for this benchmark.
 */
final class BenchPages {
  private static final OffsetDateTime NEWEST =
      OffsetDateTime.of(2026, 11, 26, 18, 0, 0, 0, ZoneOffset.ofHours(8));
  private static final DateTimeFormatter PAGE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private static final List<String> SUBJECTS =
      List.of(
          "市交通委", "省发展改革委", "华为公司", "阿里巴巴集团", "腾讯公司", "国家统计局", "市教育局", "市气象台", "港口集团", "人民银行",
          "比亚迪", "小米集团", "市卫生健康委", "科技部");
  private static final List<String> TOPICS =
      List.of(
          "新能源汽车销量", "地铁新线路", "人工智能大模型", "居民消费价格", "港口吞吐量", "高考改革方案", "城市更新计划", "芯片产业链", "冬季供暖保障",
          "跨境电商出口", "乡村振兴项目", "数字人民币试点");
  private static final List<String> VERBS =
      List.of("发布了", "公布了", "启动了", "调整了", "推进了", "完成了", "宣布了", "介绍了");
  private static final List<String> SENTENCES =
      List.of(
          "记者从有关部门获悉，相关工作已经进入实施阶段，预计年底前全面完成。",
          "据介绍，今年前十个月，全市累计完成投资较去年同期增长百分之八点五。",
          "业内人士认为，这一举措将有效降低企业成本，进一步激发市场活力。",
          "多位市民在接受采访时表示，新政策让日常出行变得更加方便。",
          "专家指出，数据显示出经济运行总体平稳、稳中有进的态势。",
          "该负责人强调，下一步将加强监管，确保各项措施落到实处。",
          "据统计，参与试点的企业已超过三百家，覆盖制造、物流和零售等行业。",
          "与此同时，相关配套设施建设也在加快推进，部分项目已投入使用。",
          "分析人士称，国际市场需求回暖，为出口企业带来了新的机遇。",
          "会议要求，各区要压实责任，做好安全生产和应急保障工作。",
          "公司负责人表示，研发投入连续三年保持两位数增长。",
          "在发布会上，工作人员现场演示了新系统的主要功能。",
          "此前，该项目曾因资金问题一度暂停，今年春季重新开工。",
          "气象部门提醒，本周后期将有一次明显降温过程，请市民注意防寒保暖。",
          "据了解，新线路全长二十六公里，共设车站十八座。",
          "调查显示，超过六成受访者对服务质量表示满意。",
          "该校校长介绍，学校将增加实践课程，培养学生的创新能力。",
          "目前，首批产品已经下线，将于下月正式上市销售。",
          "据悉，双方将在技术研发、人才培养等领域开展深入合作。",
          "有关部门将持续跟踪评估政策效果，并根据实际情况及时调整。");
  private static final List<String> SURNAMES =
      List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴");
  private static final List<String> GIVEN = List.of("晓明", "雨欣", "建国", "海燕", "志强", "丽华", "文博", "思远");
  private static final List<String> SECTIONS = List.of("国内", "国际", "财经", "科技", "城市", "教育");

  private final URI base;

  BenchPages(URI base) {
    this.base = base;
  }

  URI articleUrl(int article) {
    return base.resolve("/a/" + article + ".html");
  }

  String title(int article) {
    Random r = new Random(article);
    return pick(r, SUBJECTS) + pick(r, VERBS) + pick(r, TOPICS) + "第" + (article % 97 + 1) + "期进展";
  }

  OffsetDateTime publishedAt(int article) {
    return NEWEST.minusMinutes(article * 7L);
  }

  String feed(int feed, int[] articles) {
    StringBuilder rss = new StringBuilder(256 + articles.length * 200);
    rss.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
        .append("<title>基准日报 ")
        .append(SECTIONS.get(feed % SECTIONS.size()))
        .append(' ')
        .append(feed)
        .append("</title><link>")
        .append(base)
        .append("/</link><description>bench</description>\n");
    for (int a : articles) {
      rss.append("<item><title>")
          .append(title(a))
          .append("</title><link>")
          .append(articleUrl(a))
          .append("</link><pubDate>")
          .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(publishedAt(a)))
          .append("</pubDate></item>\n");
    }
    return rss.append("</channel></rss>\n").toString();
  }

  String article(int article, String charset) {
    Random r = new Random(article * 31L + 7);
    String title = title(article);
    String reporter = pick(r, SURNAMES) + pick(r, GIVEN);
    StringBuilder html = new StringBuilder(6000);
    html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"")
        .append(charset)
        .append("\"><title>")
        .append(title)
        .append("_基准日报</title>")
        .append("<meta name=\"keywords\" content=\"新闻,")
        .append(pick(r, TOPICS))
        .append("\">")
        .append("<link rel=\"stylesheet\" href=\"/static/site.css\"></head><body>")
        .append("<div class=\"top\"><a href=\"/\">首页</a>");
    for (String s : SECTIONS) {
      html.append(" | <a href=\"/c/")
          .append(s.hashCode() & 0xff)
          .append("\">")
          .append(s)
          .append("</a>");
    }
    html.append("</div><div class=\"wrap\"><div class=\"main\"><h1 class=\"title\">")
        .append(title)
        .append("</h1><div class=\"info\"><span>来源：基准日报</span> <span>记者 ")
        .append(reporter)
        .append("</span> <span class=\"time\">")
        .append(PAGE_TIME.format(publishedAt(article)))
        .append("</span></div><div class=\"article-content\">");
    int paragraphs = 6 + r.nextInt(5);
    for (int p = 0; p < paragraphs; p++) {
      html.append("<p>");
      if (p == 0) {
        html.append("本报讯（记者 ").append(reporter).append("）").append(title).append("。");
      }
      for (int s = 2 + r.nextInt(3); s > 0; s--) {
        html.append(pick(r, SENTENCES));
      }
      html.append("</p>");
    }
    html.append("</div><div class=\"editor\">责任编辑：")
        .append(pick(r, SURNAMES))
        .append(pick(r, GIVEN))
        .append("</div></div><div class=\"side\"><h3>相关新闻</h3><ul>");
    for (int i = 1; i <= 5; i++) {
      int other = Math.abs((article + i * 13) % 100_000);
      html.append("<li><a href=\"/a/")
          .append(other)
          .append(".html\">")
          .append(title(other))
          .append("</a></li>");
    }
    return html.append("</ul></div></div><div class=\"footer\">版权所有 基准日报社 未经授权禁止转载</div>")
        .append("</body></html>")
        .toString();
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
