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
  void tagsTheTokusatsuStoryWithUltramanNotAltman() throws TranslationException {
    assertThat(tagsOf("ultraman-film-festival.txt")).extracting(Tag::name)
        .doesNotContain("Sam Altman").contains("tokusatsu");
  }

  @Test
  void givesAnEnglishOriginalNoTags() {
    ExtractedArticle english = article(List.of("Board ousts chief", "The board met."));

    assertThat(TAGGER.tag(english, null)).isEmpty();
  }
}
