package dev.newsbridge.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.extract.ExtractedArticle;
import dev.newsbridge.translate.Fixtures;
import dev.newsbridge.translate.OfflineGlossTranslator;
import dev.newsbridge.translate.Translation;
import dev.newsbridge.translate.TranslationException;
import dev.newsbridge.translate.TranslationRequest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EntityKeyphraseTaggerTest {
  private static final EntityKeyphraseTagger TAGGER = new EntityKeyphraseTagger();
  private static final OfflineGlossTranslator TRANSLATOR = new OfflineGlossTranslator();

  private static ExtractedArticle article(List<String> lines) {
    return new ExtractedArticle(URI.create("https://example.test/a"), lines.get(0), null, null,
        null, lines.subList(1, lines.size()), "UTF-8", List.of());
  }

  private static List<Tag> tagsOf(String fixture) throws TranslationException {
    List<String> lines = Fixtures.lines(fixture);
    Translation t = TRANSLATOR.translate(
        new TranslationRequest("zh", lines.get(0), lines.subList(1, lines.size())));
    return TAGGER.tag(article(lines), t);
  }

  @Nested
  class OpenAiBoardStory {
    @Test
    void tagsThePeopleAndCompaniesByTheirFullNames() throws TranslationException {
      assertThat(tagsOf("openai-board-ousts-altman.txt")).extracting(Tag::name)
          .contains("Sam Altman", "OpenAI");
    }

    @Test
    void leavesOutTheOutletAndReporterOfTheByline() throws TranslationException {
      assertThat(tagsOf("openai-board-ousts-altman.txt")).extracting(Tag::name)
          .doesNotContain("The Paper", "Hu Hanyan");
    }

    @Test
    void addsTopicPhrasesInPlainEnglish() throws TranslationException {
      assertThat(tagsOf("openai-board-ousts-altman.txt"))
          .filteredOn(t -> t.kind() == Tag.Kind.TOPIC).extracting(Tag::name)
          .contains("AI safety");
    }

    @Test
    void givesBetweenThreeAndEightDistinctTags() throws TranslationException {
      List<Tag> tags = tagsOf("openai-board-ousts-altman.txt");

      assertThat(tags).hasSizeBetween(3, 8);
      assertThat(tags).extracting(Tag::slug).doesNotHaveDuplicates();
    }

    @Test
    void neverGluesWordsTogether() throws TranslationException {
      for (Tag tag : tagsOf("openai-board-ousts-altman.txt")) {
        assertThat(tag.slug()).matches("[a-z0-9]+(-[a-z0-9]+)*");
        if (tag.kind() == Tag.Kind.TOPIC) {
          assertThat(tag.name()).doesNotContainPattern("\\p{Ll}\\p{Lu}");
        }
        assertThat(tag.name()).doesNotContainPattern("\\p{IsHan}").isEqualTo(tag.name().strip());
      }
    }
  }

  @Test
  void tagsAPendingTranslationFromTheOriginalsEntities() {
    List<String> lines = Fixtures.lines("openai-board-ousts-altman.txt");

    assertThat(TAGGER.tag(article(lines), null)).extracting(Tag::name).contains("Sam Altman");
  }

  @Test
  void theArticlesOwnReporterIsNoTagEvenWithASpaceInTheByline() throws TranslationException {
    List<String> paragraphs = List.of(
        "本报讯（记者 梁静秋）记者从港务集团获悉，港口集装箱吞吐量同比增长10.4%。",
        "码头负责人王建国介绍，今年以来港口对岸桥进行了自动化改造。");
    ExtractedArticle article = new ExtractedArticle(URI.create("https://example.test/port"),
        "港口吞吐量同比增长", "梁静秋", null, null, paragraphs, "UTF-8", List.of());
    Translation t = TRANSLATOR.translate(
        new TranslationRequest("zh", article.title(), paragraphs));

    assertThat(TAGGER.tag(article, t)).extracting(Tag::name)
        .contains("Wang Jianguo").doesNotContain("Liang Jingqiu");
  }

  @Test
  void theEditorsAndPhotographersCreditedAtTheEndAreNoTags() throws TranslationException {
    List<String> lines = List.of("港口吞吐量同比增长",
        "港口集装箱吞吐量同比增长10.4%。码头负责人王建国介绍，今年以来港口对岸桥进行了自动化改造。",
        "摄影：韩思远",
        "责任编辑：梁雪 校对：孟凡");
    Translation t = TRANSLATOR.translate(
        new TranslationRequest("zh", lines.get(0), lines.subList(1, lines.size())));

    assertThat(t.entities()).extracting(e -> e.original()).contains("韩思远");
    assertThat(TAGGER.tag(article(lines), t)).extracting(Tag::name)
        .contains("Wang Jianguo").doesNotContain("Han Siyuan", "Liang Xue", "Meng Fan");
  }

  @Test
  void aPersonNamedOnlyBySurnameAndTitleIsNoTagButANamedOneIs() throws TranslationException {
    List<String> lines = List.of("县城车市以旧换新升温",
        "在县城工作的刘女士告诉记者，她上周换了一辆新能源汽车。",
        "车行经理王建国说，今年以旧换新的顾客明显增多。");
    Translation t = TRANSLATOR.translate(
        new TranslationRequest("zh", lines.get(0), lines.subList(1, lines.size())));

    assertThat(t.entities()).extracting(e -> e.english()).contains("Ms. Liu");
    assertThat(TAGGER.tag(article(lines), t)).extracting(Tag::name)
        .contains("Wang Jianguo").doesNotContain("Ms. Liu", "Liu");
  }

  @Test
  void aPersonSpelledAsTaiwanSpellsHimSharesTheTagOfTheMainlandSpelling()
      throws TranslationException {
    List<String> taipei = List.of("港口吞吐量創新高",
        "碼頭負責人陳曉明表示，今年以來港口對岸橋進行了自動化改造。",
        "陳曉明說，明年將再增加兩個泊位。");
    List<String> mainland = List.of("港口吞吐量创新高",
        "码头负责人陈晓明表示，今年以来港口对岸桥进行了自动化改造。",
        "陈晓明说，明年将再增加两个泊位。");
    Tag taipeiTag = personTag(taipei, "zh-TW");
    Tag mainlandTag = personTag(mainland, "zh-CN");

    assertThat(taipeiTag.name()).isEqualTo("Chen Hsiao-ming");
    assertThat(mainlandTag.name()).isEqualTo("Chen Xiaoming");
    assertThat(taipeiTag.slug()).isEqualTo(mainlandTag.slug()).isEqualTo("chen-xiaoming");
  }

  private static Tag personTag(List<String> lines, String language) throws TranslationException {
    Translation t = TRANSLATOR.translate(
        new TranslationRequest(language, lines.get(0), lines.subList(1, lines.size())));
    return TAGGER.tag(article(lines), t).stream()
        .filter(tag -> tag.kind() == Tag.Kind.PERSON).findFirst().orElseThrow();
  }

  @Test
  void tagsTheTokusatsuStoryWithUltramanNotAltman() throws TranslationException {
    assertThat(tagsOf("ultraman-film-festival.txt")).extracting(Tag::name)
        .doesNotContain("Sam Altman").contains("tokusatsu");
  }

  @Nested
  class EnglishOriginal {
    private final ExtractedArticle story = article(List.of(
        "Harbor City Council approves new ferry routes",
        "The Harbor City Council voted on Tuesday to add two ferry routes.",
        "Mayor Lena Ortiz said the ferry routes would cut commuting times.",
        "Lena Ortiz thanked the Ferry Workers Union for its support.",
        "Ferry routes across the bay will open in spring."));

    @Test
    void tagsCapitalisedMultiWordNamesAsPeopleAndOrganisations() {
      List<Tag> tags = TAGGER.tag(story, null);

      assertThat(tags).extracting(Tag::name, Tag::kind).contains(
          org.assertj.core.groups.Tuple.tuple("Lena Ortiz", Tag.Kind.PERSON),
          org.assertj.core.groups.Tuple.tuple("Harbor City Council", Tag.Kind.ORGANIZATION),
          org.assertj.core.groups.Tuple.tuple("Ferry Workers Union", Tag.Kind.ORGANIZATION));
    }

    @Test
    void addsWordPairsTheStoryRepeatsAsTopics() {
      assertThat(TAGGER.tag(story, null)).extracting(Tag::name, Tag::kind)
          .contains(org.assertj.core.groups.Tuple.tuple("ferry routes", Tag.Kind.TOPIC));
    }

    @Test
    void neverTagsSentenceOpenersOrWeekdays() {
      assertThat(TAGGER.tag(story, null)).extracting(Tag::name)
          .noneMatch(n -> n.startsWith("The ") || n.contains("Tuesday"));
    }

    @Test
    void aNameEndsWhereItsSentenceEnds() {
      ExtractedArticle meteors = article(List.of("Meteors tonight",
          "The shower comes from the asteroid Phaethon. Every December Earth crosses its trail.",
          "Megan Hollis of the Harbor City Astronomy Club will lead a walk."));

      assertThat(TAGGER.tag(meteors, null)).extracting(Tag::name)
          .noneMatch(n -> n.contains("Phaethon") || n.contains("Every"))
          .contains("Megan Hollis");
    }

    @Test
    void aNameEndingInAKindOfPlaceOrBodyIsAPlaceOrAnOrganisation() {
      ExtractedArticle walk = article(List.of("Meteor walk",
          "Megan Hollis of the Harbor City Astronomy Club will lead a walk up Heron Ridge."));

      assertThat(TAGGER.tag(walk, null)).extracting(Tag::name, Tag::kind).contains(
          org.assertj.core.groups.Tuple.tuple("Harbor City Astronomy Club", Tag.Kind.ORGANIZATION),
          org.assertj.core.groups.Tuple.tuple("Heron Ridge", Tag.Kind.PLACE),
          org.assertj.core.groups.Tuple.tuple("Megan Hollis", Tag.Kind.PERSON));
    }

    @Test
    void aDatelineInCapitalsIsNoName() {
      ExtractedArticle dated = article(List.of("Council votes",
          "HARBOR CITY — The council voted on Tuesday.", "Lena Ortiz welcomed the vote."));

      assertThat(TAGGER.tag(dated, null)).extracting(Tag::name)
          .doesNotContain("HARBOR CITY").contains("Lena Ortiz");
    }

    @Test
    void givesAShortStoryWithoutNamesOrRepeatsNoTags() {
      ExtractedArticle plain = article(List.of("Board ousts chief", "The board met."));

      assertThat(TAGGER.tag(plain, null)).isEmpty();
    }
  }
}
