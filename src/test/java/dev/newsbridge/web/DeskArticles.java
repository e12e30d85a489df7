package dev.newsbridge.web;

import dev.newsbridge.enrich.Tag;
import dev.newsbridge.enrich.Tag.Kind;
import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.NewArticle;
import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Entity.Type;
import dev.newsbridge.translate.Translation;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The articles the web tests publish, written for these tests. Two outlets: The Paper (three
 * articles, one still untranslated) and Demo Daily (two, one of them hostile).
 *
 * <p>Publication order, oldest first: summit (The Paper, pending), board (The Paper), interview
 * (Demo Daily), hires (The Paper), injection (Demo Daily). So within The Paper the board article's
 * previous is the summit and its next is the hires.
 */
final class DeskArticles {
  static final String ENGINE = "offline-gloss";
  static final String LABEL =
      "Translated from Chinese by the offline gloss engine (dictionary and glossary)";

  static final String BOARD_TITLE =
      "OpenAI board removes Sam Altman; Greg Brockman resigns hours later";
  static final String BOARD_ORIGINAL_TITLE = "OpenAI董事会罢免奥特曼，布罗克曼数小时后辞职";
  static final String HIRES_TITLE = "Microsoft hires Sam Altman and Greg Brockman for new AI team";
  static final String SUMMIT_ORIGINAL_TITLE = "人工智能安全峰会在伦敦举行";
  static final String INTERVIEW_TITLE = "Ilya Sutskever on why AI safety comes first";

  static final String HOSTILE_ORIGINAL_TITLE = "</title><script>alert(1)</script>";
  static final String HOSTILE_TITLE = "</title><script>document.title='pwned'</script>";
  /** The titles every listing of the whole desk shows (home page, feeds, API), newest first. */
  static final List<String> TITLES_NEWEST_FIRST =
      List.of(HOSTILE_TITLE, HIRES_TITLE, INTERVIEW_TITLE, BOARD_TITLE, SUMMIT_ORIGINAL_TITLE);

  static final String HOSTILE_BODY = "\"><img src=x onerror=alert(1)>";
  static final String HOSTILE_TAG = "<script>alert('tag')</script>";

  static final Tag OPENAI = new Tag("OpenAI", "openai", Kind.ORGANIZATION);
  static final Tag ALTMAN = new Tag("Sam Altman", "sam-altman", Kind.PERSON);
  static final Tag BROCKMAN = new Tag("Greg Brockman", "greg-brockman", Kind.PERSON);
  static final Tag SUTSKEVER = new Tag("Ilya Sutskever", "ilya-sutskever", Kind.PERSON);
  static final Tag MURATI = new Tag("Mira Murati", "mira-murati", Kind.PERSON);
  static final Tag MICROSOFT = new Tag("Microsoft", "microsoft", Kind.ORGANIZATION);
  static final Tag AI_SAFETY = new Tag("AI safety", "ai-safety", Kind.TOPIC);

  private DeskArticles() {}

  static NewArticle board(long thePaper) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://www.thepaper.example/newsDetail_forward_1001"),
            BOARD_ORIGINAL_TITLE,
            "胡含嫣",
            "澎湃新闻",
            at("2023-11-18T10:00:00+08:00"),
            List.of(
                "澎湃新闻记者 胡含嫣 据OpenAI官方博客，公司董事会决定罢免首席执行官山姆·奥特曼，" + "并任命首席技术官米拉·穆拉蒂为临时首席执行官。",
                "首席科学家伊利亚·苏茨克维是参与这一决定的董事会成员之一。总裁格雷格·布罗克曼数小时后宣布辞职。",
                "微软是OpenAI最大的投资者。埃隆·马斯克曾是OpenAI的联合创始人之一。"),
            "UTF-8",
            List.of());
    Translation english =
        new Translation(
            ENGINE,
            LABEL,
            BOARD_TITLE,
            List.of(
                "The Paper reporter Hu Hanyan: According to OpenAI's official blog, the company's"
                    + " board decided to remove chief executive Sam Altman and named chief"
                    + " technology officer Mira Murati interim chief executive.",
                "Chief scientist Ilya Sutskever was one of the board members behind the decision."
                    + " President Greg Brockman announced his resignation a few hours later.",
                "Microsoft is OpenAI's largest investor. Elon Musk was one of OpenAI's"
                    + " co-founders."),
            List.of(
                new Entity("奥特曼", "Sam Altman", Type.PERSON),
                new Entity("布罗克曼", "Greg Brockman", Type.PERSON),
                new Entity("苏茨克维", "Ilya Sutskever", Type.PERSON),
                new Entity("穆拉蒂", "Mira Murati", Type.PERSON),
                new Entity("马斯克", "Elon Musk", Type.PERSON),
                new Entity("微软", "Microsoft", Type.ORGANIZATION),
                new Entity("胡含嫣", "Hu Hanyan", Type.PERSON),
                new Entity("澎湃新闻", "The Paper", Type.ORGANIZATION)));
    return article(
        thePaper,
        original,
        english,
        List.of(OPENAI, ALTMAN, BROCKMAN, SUTSKEVER, MURATI, MICROSOFT, AI_SAFETY));
  }

  static NewArticle hires(long thePaper) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://www.thepaper.example/newsDetail_forward_1002"),
            "微软聘请奥特曼和布罗克曼领导新的人工智能团队",
            "李明",
            "澎湃新闻",
            at("2023-11-20T09:30:00+08:00"),
            List.of("微软首席执行官表示，奥特曼和布罗克曼将领导微软新的高级人工智能研究团队。"),
            "UTF-8",
            List.of());
    Translation english =
        new Translation(
            ENGINE,
            LABEL,
            HIRES_TITLE,
            List.of(
                "Microsoft's chief executive said Sam Altman and Greg Brockman would lead a new"
                    + " advanced AI research team at Microsoft."),
            List.of(
                new Entity("奥特曼", "Sam Altman", Type.PERSON),
                new Entity("布罗克曼", "Greg Brockman", Type.PERSON),
                new Entity("微软", "Microsoft", Type.ORGANIZATION),
                new Entity("澎湃新闻", "The Paper", Type.ORGANIZATION)));
    return article(thePaper, original, english, List.of(MICROSOFT, ALTMAN, BROCKMAN));
  }

  /** Not translated yet: the site must say so and show the original. */
  static NewArticle summitPending(long thePaper) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("https://www.thepaper.example/newsDetail_forward_1000"),
            SUMMIT_ORIGINAL_TITLE,
            null,
            "澎湃新闻",
            at("2023-11-17T08:00:00+08:00"),
            List.of("多国代表在伦敦讨论人工智能安全问题。"),
            "UTF-8",
            List.of());
    return article(thePaper, original, null, List.of(AI_SAFETY));
  }

  static NewArticle interview(long demoDaily) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("http://daily.demo.example/2023/11/19/sutskever"),
            "苏茨克维谈人工智能安全为何优先",
            "王芳",
            "示例日报",
            at("2023-11-19T12:00:00+08:00"),
            List.of("苏茨克维在采访中表示，安全研究必须先于能力研究。"),
            "UTF-8",
            List.of());
    Translation english =
        new Translation(
            ENGINE,
            LABEL,
            INTERVIEW_TITLE,
            List.of(
                "In an interview Ilya Sutskever said safety research must come before capability"
                    + " research."),
            List.of(new Entity("苏茨克维", "Ilya Sutskever", Type.PERSON)));
    return article(demoDaily, original, english, List.of(SUTSKEVER, AI_SAFETY));
  }

  /** Every text field hostile, and a URL that is not a web link. */
  static NewArticle injection(long demoDaily) {
    ExtractedArticle original =
        new ExtractedArticle(
            URI.create("javascript:alert(1)"),
            HOSTILE_ORIGINAL_TITLE,
            "<img src=x onerror=alert(1)>",
            "<b>Outlet</b>",
            at("2023-11-21T12:00:00+08:00"),
            List.of(HOSTILE_BODY, "<script>alert(2)</script>"),
            "UTF-8",
            List.of());
    Translation english =
        new Translation(
            ENGINE,
            LABEL,
            HOSTILE_TITLE,
            List.of(HOSTILE_BODY, "&lt;still text&gt; and <script>alert(3)</script>"),
            List.of());
    return article(
        demoDaily,
        original,
        english,
        List.of(new Tag(HOSTILE_TAG, "x\"><script>alert(4)</script>", Kind.TOPIC)));
  }

  private static NewArticle article(
      long sourceId, ExtractedArticle original, Translation translation, List<Tag> tags) {
    return new NewArticle(
        sourceId,
        "zh",
        original,
        translation,
        tags,
        original.publishedAt().toInstant().plusSeconds(600));
  }

  private static OffsetDateTime at(String time) {
    return OffsetDateTime.parse(time);
  }
}
