package dev.newsbridge.enrich.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsbridge.enrich.Tag;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The surface rules for English originals; every article text here is made up for the test. */
class EnglishTaggerTest {
  private static final EnglishTagger TAGGER = new EnglishTagger();

  private static List<Tag> tags(String title, String... paragraphs) {
    return TAGGER.tag(title, Arrays.asList(paragraphs));
  }

  @Nested
  class OneWordNames {
    private final List<Tag> chipStory = tags("Chip maker's profit doubles",
        "Shares rose sharply after the chip maker reported record sales.",
        "On Monday, Veltrix said in a statement that demand from data centres had doubled.",
        "Analysts at Morrow expect Veltrix to keep growing, and Morrow raised its target.",
        "The results lifted rivals such as QuantaLoom, and KBTA's chief executive praised "
            + "QuantaLoom.",
        "Ferries were not affected. Ferries sail as usual, and KBTA shares closed higher.");

    @Test
    void aWordCapitalisedMidSentenceAgainAndAgainIsAName() {
      assertThat(chipStory).extracting(Tag::name).contains("Veltrix", "Morrow");
    }

    @Test
    void aCompanyIsKnownByItsCuesOrItsInnerCapitals() {
      assertThat(chipStory).extracting(Tag::name, Tag::kind).contains(
          tuple("Veltrix", Tag.Kind.ORGANIZATION),
          tuple("Morrow", Tag.Kind.ORGANIZATION),
          tuple("QuantaLoom", Tag.Kind.ORGANIZATION),
          tuple("KBTA", Tag.Kind.ORGANIZATION));
    }

    @Test
    void aWordCapitalisedOnlyAtSentenceStartsIsNoName() {
      assertThat(chipStory).extracting(Tag::name).doesNotContain("Ferries", "Shares", "Analysts");
    }

    @Test
    void aWordNamedOnceIsNoTag() {
      List<Tag> once = tags("Port deal", "The port signed a deal with Corvane on Monday.",
          "Officials expect more ships next spring.");

      assertThat(once).extracting(Tag::name).doesNotContain("Corvane");
    }

    @Test
    void aNameWithoutCuesIsATopic() {
      List<Tag> film = tags("Festival opens", "The festival opened with a film about Quillon.",
          "Critics praised the score, and Quillon returns on Sunday with a second screening.");

      assertThat(film).extracting(Tag::name, Tag::kind).contains(tuple("Quillon", Tag.Kind.TOPIC));
    }

    @Test
    void anAcronymWithoutCuesIsATopic() {
      List<Tag> post = tags("Mail sorting", "The post office uses AI to sort mail, and AI also "
          + "plans the routes.");

      assertThat(post).extracting(Tag::name, Tag::kind).contains(tuple("AI", Tag.Kind.TOPIC));
    }

    @Test
    void aSurnameAloneIsItsPersonNotASecondTag() {
      List<Tag> council = tags("Mayor speaks", "Lena Ortiz opened the meeting.",
          "The plan, said Ortiz, would be ready in May. Critics told Ortiz it came too late.");

      assertThat(council).extracting(Tag::name).contains("Lena Ortiz").doesNotContain("Ortiz");
    }

    @Test
    void aPossessiveIsTheNamesOwnMention() {
      List<Tag> board = tags("Board changes",
          "The board of Brindle named a new chair, and Brindle's chief executive stays.",
          "Lena Ortiz's term ends in June. Investors in Brindle welcomed Lena Ortiz as chair.");

      assertThat(board).extracting(Tag::name).contains("Brindle", "Lena Ortiz")
          .noneMatch(n -> n.endsWith("'s"));
    }

    @ParameterizedTest(name = "not {0}")
    @CsvSource(delimiter = '|', value = {
      "a nationality|Norwegian|The Norwegian crew met the Norwegian coast guard off the coast.",
      "a weekday|Monday|The market shut on Monday and opened on Monday at noon.",
      "a word also written in lower case|Harbour|The Harbour fund and the Harbour trust fix "
          + "the harbour.",
      "a roman numeral|II|The ship class II hull and class II deck are new.",
      "a common noun's acronym|EV|The council bought an EV, and the EV runs on the EV grant.",
      "a shouted word|GROW|Plan to GROW. Then GROW the team and grow sales.",
      "a title|President|The crew met the President, and the President thanked them.",
      "a contraction|I’m|So I’m told, and I’m glad.",
      "a dateline|NORTHGATE|NORTHGATE — The dock reopened. NORTHGATE — Trade resumed at dawn.",
    })
    void someCapitalisedWordsAreNeverOneWordNames(String what, String word, String text) {
      assertThat(tags("Dock news", text)).extracting(Tag::name).doesNotContain(word);
    }
  }

  @Nested
  class PlacesWithoutAKindWord {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "in a place|Ferries from the coast now stop in Vesta Nova twice a day.",
      "from a place|A crew from Vesta Nova fixed the pier, and Lena Ortiz thanked them.",
      "based there|A Vesta Nova-based firm fixed the pier, and Lena Ortiz thanked them.",
      "with its state after a comma|The crew reached Vesta Nova, Calvera, on Tuesday.",
    })
    void aNameReadAsAPlaceByWhatSurroundsItIsAPlace(String cue, String text) {
      assertThat(tags("Pier repaired", text)).extracting(Tag::name, Tag::kind)
          .contains(tuple("Vesta Nova", Tag.Kind.PLACE))
          .doesNotContain(tuple("Vesta Nova", Tag.Kind.PERSON));
    }

    @Test
    void aPlaceTheDictionaryKnowsIsAPlaceWithoutCues() {
      assertThat(tags("Listing", "Hong Kong shares rose. Traders said Hong Kong would gain."))
          .extracting(Tag::name, Tag::kind).contains(tuple("Hong Kong", Tag.Kind.PLACE));
    }

    @Test
    void aOneWordPlaceIsAPlace() {
      List<Tag> trip = tags("Trade trip", "The mayor flew to Shenzhen, where the Shenzhen "
          + "yards build ferries. Factories in Corvalla make parts, and ships call near Corvalla.");

      assertThat(trip).extracting(Tag::name, Tag::kind)
          .contains(tuple("Shenzhen", Tag.Kind.PLACE), tuple("Corvalla", Tag.Kind.PLACE));
    }

    @Test
    void aPersonStaysAPerson() {
      List<Tag> people = tags("Award", "Lena Ortiz said the prize was for the whole crew.",
          "In Lena Ortiz's view, the crew from the harbour earned it, said Lena Ortiz.");

      assertThat(people).extracting(Tag::name, Tag::kind)
          .contains(tuple("Lena Ortiz", Tag.Kind.PERSON));
    }
  }

  @Test
  void namesJoinedByAndAreTwoNames() {
    List<Tag> deal = tags("Deal", "Brindle and Veltrix signed a deal. Analysts said Brindle and "
        + "Veltrix will share a plant, and Mira Lund and Tomas Berg will run it for Brindle.");

    assertThat(deal).extracting(Tag::name)
        .contains("Brindle", "Veltrix", "Mira Lund", "Tomas Berg")
        .noneMatch(n -> n.contains(" and "));
  }
}
