package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.store.StoredArticle;
import dev.newsbridge.translate.Entity;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the story stage reads of an article. */
class StoryArticleTest {
  @Test
  void keepsItsEntitiesInTheOrderTheTranslationNamedThem() {
    // Order matters: cross-language agreement reads the first names, the ones a report leads with;
    // an immutable set's order changes from one start of the JVM to the next.
    List<String> named = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      named.add("Name " + (char) ('A' + i));
    }

    StoryArticle a = new StoryArticle(1, Instant.EPOCH, "zh", "标题", List.of("正文"), "Title",
        List.of("Body"), new LinkedHashSet<>(named), "outlet");

    assertThat(a.entities()).containsExactlyElementsOf(named);
  }

  @Test
  void comparesAPersonByOneNameWhicheverRegionsSpellingThePageHas() {
    // A Taipei paper's 陳曉明 is Chen Hsiao-ming on its page, a mainland paper's 陈晓明 Chen
    // Xiaoming: the same person for grouping their reports.
    Set<String> taipei = StoryArticle.names(
        List.of(new Entity("陳曉明", "Chen Hsiao-ming", Entity.Type.PERSON)));
    Set<String> mainland = StoryArticle.names(
        List.of(new Entity("陈晓明", "Chen Xiaoming", Entity.Type.PERSON)));

    assertThat(taipei).isEqualTo(mainland);
  }

  @Test
  void keepsTheOwnSpellingsOfPeopleTheGlossaryKnows() {
    // English coverage writes Tsai Ing-wen: that is what reports in English are compared with.
    assertThat(StoryArticle.names(List.of(
            new Entity("蔡英文", "Tsai Ing-wen", Entity.Type.PERSON),
            new Entity("雷軍", "Lei Jun", Entity.Type.PERSON))))
        .containsExactly("Tsai Ing-wen", "Lei Jun");
  }

  @Test
  void aReporterOrEditorTheTextOnlyCreditsIsNoEntityToCompare() {
    // One reporter covers many stories: two unrelated reports with the same byline must not share
    // an entity through it. A person the text also writes about stays.
    List<Entity> entities = List.of(
        new Entity("王建国", "Wang Jianguo", Entity.Type.PERSON),
        new Entity("韩思远", "Han Siyuan", Entity.Type.PERSON),
        new Entity("梁雪", "Liang Xue", Entity.Type.PERSON));
    List<String> paragraphs = List.of(
        "（记者 韩思远）码头负责人王建国介绍，港口对岸桥进行了自动化改造。梁雪也参加了验收。",
        "责任编辑：梁雪");

    assertThat(StoryArticle.names(entities, "港口吞吐量同比增长", paragraphs))
        .containsExactly("Wang Jianguo", "Liang Xue");
  }

  @Test
  void aNameOnlyThePagesCreditsGiveIsNoEntityToCompare() {
    // The translation resolves the page's byline and outlet too, so that pages can show them in
    // English; the text never names them, and every report of that outlet would share them.
    List<Entity> entities = List.of(
        new Entity("望川日报", "Wangchuan Daily", Entity.Type.ORGANIZATION),
        new Entity("望川港务集团", "Wangchuan Port Group", Entity.Type.ORGANIZATION));

    assertThat(StoryArticle.names(entities, "集装箱吞吐量同比增长", List.of("望川港务集团介绍，前十月吞吐量创新高。")))
        .containsExactly("Wangchuan Port Group");
  }

  @Test
  void theOutletThatPublishesTheReportIsNoEntityToCompareEvenWhereItsTextCreditsIt() {
    ExtractedArticle page = new ExtractedArticle(URI.create("https://wangchuan.example.cn/1"),
        "集装箱吞吐量同比增长", "邵一帆", "望川日报", OffsetDateTime.parse("2023-11-21T14:30:00+08:00"),
        List.of("本报讯（望川日报记者 邵一帆）望川港务集团介绍，前十月吞吐量创新高。"), "UTF-8", List.of());
    dev.newsbridge.translate.Translation translation = new dev.newsbridge.translate.Translation(
        "offline-gloss", "Translated", "Container throughput grows",
        List.of("Wangchuan Port Group said throughput hit a high."), List.of(
            new Entity("望川日报", "Wangchuan Daily", Entity.Type.ORGANIZATION),
            new Entity("邵一帆", "Shao Yifan", Entity.Type.PERSON),
            new Entity("望川港务集团", "Wangchuan Port Group", Entity.Type.ORGANIZATION)));
    StoredArticle stored = new StoredArticle(1, 1, "望川日报", "zh", page, translation, List.of(),
        Instant.parse("2023-11-21T07:00:00Z"));

    assertThat(StoryArticle.of(stored).entities()).containsExactly("Wangchuan Port Group");
  }

  @Test
  void anEnglishOriginalHasTheRegionsItsPlacesLieIn() {
    ExtractedArticle page = new ExtractedArticle(URI.create("https://news.example.com/1"),
        "Warehouse fire kills 11", null, null, OffsetDateTime.parse("2024-03-02T08:00:00Z"),
        List.of("A fire at a warehouse in Nanyang killed 11 people."), "UTF-8", List.of());
    StoredArticle stored = new StoredArticle(1, 1, "Wire", "en", page, null, List.of(),
        Instant.parse("2024-03-02T09:00:00Z"));

    assertThat(StoryArticle.of(stored).regions().lead()).containsExactly("Henan");
  }
}
