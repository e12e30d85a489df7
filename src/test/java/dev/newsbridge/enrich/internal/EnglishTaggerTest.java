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

  @Test
  void atMostTwoPlacesAreTaggedSoThatThePeopleAndBodiesKeepTheirRoom() {
    List<Tag> summit = tags("Ministers meet on shipping lanes",
        "Ministers from Japan, Vietnam, Malaysia and Indonesia met in Singapore on Monday.",
        "Japan and Vietnam pressed for patrols; Malaysia and Indonesia asked for talks first.",
        "Singapore hosted the meeting, and Japan, Vietnam, Malaysia and Indonesia will meet "
            + "again. Lena Ortiz of the Harbour Council said Harbour Council members would "
            + "attend, and Lena Ortiz welcomed the plan.");

    assertThat(summit).filteredOn(t -> t.kind() == Tag.Kind.PLACE).hasSize(2);
    assertThat(summit).extracting(Tag::name).contains("Lena Ortiz", "Harbour Council");
  }

  /**
   * Chinese, Korean and Taiwanese people are written family name first, Korean and Taiwanese given
   * names with a hyphen and a small letter after it: a suffix such as "-based" is shed from a name,
   * a name's own second syllable is not, and a later mention by the first word is the person.
   */
  @Nested
  class FamilyNameFirstNames {
    private final List<Tag> courtStory = tags("Court frees former leader",
        "Former president Baek Seo-yeon left a detention centre in Uiwang on Friday.",
        "Baek Seo-yeon thanked her supporters, and Han Ji-hoon, her lawyer, said she would rest.",
        "A Seoul-based rights group welcomed the decision. Baek did not take questions.",
        "Han Ji-hoon said the appeal would go on.");

    @Test
    void aKoreanNameKeepsTheSyllableAfterItsHyphen() {
      assertThat(courtStory).extracting(Tag::name).contains("Baek Seo-yeon", "Han Ji-hoon")
          .doesNotContain("Baek Seo", "Han Ji");
    }

    @Test
    void aChineseOrKoreanPersonNamedByFamilyNameAloneIsStillThatPerson() {
      List<Tag> visit = tags("Premier tours the port",
          "Premier Zhou Minghao visited the container port in Dalian on Tuesday.",
          "The crane drivers cheered when Zhou climbed into a cab, and Zhou thanked them.",
          "Reporters asked Zhou about exports. Baek Seo-yeon, a visiting trade official, said "
              + "talks would go on, and Baek praised the port.");

      assertThat(visit).extracting(Tag::name).contains("Zhou Minghao", "Baek Seo-yeon")
          .doesNotContain("Zhou", "Baek", "Minghao");
    }

    @Test
    void aKoreanNameOfThreeWordsIsNamedByItsFirst() {
      List<Tag> summit = tags("Leaders meet",
          "Visiting President Baek Seo Yeon met the premier in Dalian on Thursday.",
          "The premier said trade would grow, and Baek agreed. Reporters asked Baek about ships, "
              + "and Baek said talks would go on.");

      assertThat(summit).extracting(Tag::name).contains("Baek Seo Yeon")
          .doesNotContain("Baek");
    }

    @Test
    void aCountrysAdjectiveIsNoTag() {
      List<Tag> launch = tags("Launch",
          "North Korean state media said on Friday that a satellite had reached orbit.",
          "South African and North Korean officials met in Pretoria, and South African "
              + "diplomats said the talks went well.");

      assertThat(launch).extracting(Tag::name).doesNotContain("North Korean", "South African");
    }

    @Test
    void aWesternNameIsStillNamedByItsLastWord() {
      List<Tag> award = tags("Award", "Lena Ortiz won the harbour prize on Monday.",
          "Ortiz thanked the crew, and Ortiz said the prize was theirs.");

      assertThat(award).extracting(Tag::name).contains("Lena Ortiz").doesNotContain("Ortiz");
    }

    @Test
    void aSuffixLikeBasedIsStillShed() {
      assertThat(courtStory).extracting(Tag::name).doesNotContain("Seoul-based");
    }
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
    void aGivenNameAloneIsItsPersonNotASecondTag() {
      List<Tag> hire = tags("Yard news", "Veltrix hired Ivan Halvik as its chief, said Lena "
          + "Ortiz. The board likes Ivan, and staff said Ivan would start in May.");

      assertThat(hire).extracting(Tag::name).contains("Ivan Halvik").doesNotContain("Ivan");
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

  /**
   * A run of capitalised words is a person's name only when the text shows it: a given name, a
   * title before it, "said" after it, a later mention by its last word alone. Headlines and
   * products capitalise every word too.
   */
  @Nested
  class PeopleNeedEvidence {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "a known given name|Grace Halvik|The crew cheered Grace Halvik at the dock on Monday.",
      "said after it|Tarvo Lindqvist|The dock will reopen, Tarvo Lindqvist said on Monday.",
      "a title before it|Tarvo Lindqvist|The crew met Mayor Tarvo Lindqvist at the dock.",
      "its last word alone later|Tarvo Lindqvist|The crew cheered Tarvo Lindqvist at the dock, "
          + "and Lindqvist waved back.",
      "an initial|Tarvo K. Lindqvist|The crew cheered Tarvo K. Lindqvist at the dock.",
      "a title after it|Tarvo Lindqvist|Tarvo Lindqvist, Veltrix President, opened the dock.",
      "a title a person is known by|Pope Tarvo|Pope Tarvo blessed the ships at the dock.",
      "a family name first after a title|Park Seo-yeon|President Park Seo-yeon opened the "
          + "dock.",
      "a family name after a particle|Tarvo Eckmar von Lindqvist|The crew cheered Tarvo "
          + "Eckmar von Lindqvist at the dock.",
      "a player's score in a results list|Tarvo Lindqvist|Calder (2-0): Tarvo Lindqvist 19 "
          + "points and 3 steals. Mira Okafor 6 rebounds.",
      "a keeper's saves in a results list|Tarvo Lindqvist|Calder (1-1): Tarvo Lindqvist 1 save.",
    })
    void aNameWithEvidenceIsAPerson(String evidence, String person, String text) {
      assertThat(tags("Dock news", text)).extracting(Tag::name, Tag::kind)
          .contains(tuple(person, Tag.Kind.PERSON));
    }

    @Test
    void aHeadlineNamingThePersonByFamilyNameIsEvidence() {
      List<Tag> opening = tags("Crowds cheer Lindqvist at the dock",
          "The crew cheered Tarvo Lindqvist at the dock.");

      assertThat(opening).extracting(Tag::name, Tag::kind)
          .contains(tuple("Tarvo Lindqvist", Tag.Kind.PERSON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "no evidence|Quillon Falls Short at Launch|Critics found the Quillon console slow at "
          + "launch, and Quillon fans waited.",
      "a title alone later|Veltrix Picks New CEO|Veltrix named a chief on Monday. The CEO starts "
          + "in May, and the board thanked the CEO.",
      "a sum alone later|Crews Demand N500m|The crews asked for N500m in pay, and N500m is due.",
      "a last word alone only where sentences open|Calder Ferry Crews|Crews waited on Monday."
          + "\\nCrews went home.",
      "a word a title-case headline leaves alone|Video Shows Dramatic Rescue of Ferry Crew|Video "
          + "Shows Dramatic Rescue of Ferry Crew\\nA video shows the dramatic moment police "
          + "rescued a ferry crew.",
    })
    void aHeadlinesRunWithoutEvidenceIsNoPerson(String why, String title, String text) {
      assertThat(tags(title, text.split("\\\\n"))).noneMatch(t -> t.kind() == Tag.Kind.PERSON);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"our", "its", "their", "your", "his", "her"})
    void aLastWordAloneAfterAPossessiveIsAThingNotAFamilyName(String owner) {
      List<Tag> ward = tags("Ward news", "The ward bought Calder Infinity monitors, and nurses "
          + "say " + owner + " Infinity screens help.");

      assertThat(ward).extracting(Tag::name, Tag::kind)
          .contains(tuple("Calder Infinity", Tag.Kind.TOPIC));
    }

    @Test
    void aRunOpenedByACompanyTheTextNamesIsItsProductNotAPerson() {
      List<Tag> ward = tags("Ward news", "Nurses read Brindle Infinity monitors made by Brindle, "
          + "Inc. When Infinity monitors beep, Brindle says, nurses come.");

      assertThat(ward).extracting(Tag::name, Tag::kind).contains(
          tuple("Brindle", Tag.Kind.ORGANIZATION), tuple("Brindle Infinity", Tag.Kind.TOPIC));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "Google Stadia|Players tried Google Stadia on Monday, and Google Stadia ran well, said Lena "
          + "Ortiz.",
      "Apple Arcade|Apple Arcade added games. Critics praised Apple Arcade, according to Apple "
          + "Arcade fans.",
      "Microsoft Teams|Offices use Microsoft Teams, and Microsoft Teams said it had grown.",
    })
    void aRunOpenedByAKnownCompanyIsItsProductNotAPerson(String product, String text) {
      assertThat(tags("Products", text)).extracting(Tag::name, Tag::kind).contains(
          tuple(product, Tag.Kind.TOPIC));
    }

    @Test
    void aRunEndingInACompassWordIsAPlace() {
      List<Tag> senate = tags("Senate",
          "The senator representing Calder North moved a motion, and Calder North voters "
              + "agreed. Calder North sends three members.");

      assertThat(senate).extracting(Tag::name, Tag::kind)
          .contains(tuple("Calder North", Tag.Kind.PLACE));
    }

    @Test
    void aPersonWhoseSurnameIsACompassWordStaysAPerson() {
      List<Tag> talk = tags("Talk", "Tarvo West spoke at the dock, and West said the ferries "
          + "would run.");

      assertThat(talk).extracting(Tag::name, Tag::kind)
          .contains(tuple("Tarvo West", Tag.Kind.PERSON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "Calder Images", "Brindle Holdings", "Veltrix Systems", "Morrow Technologies",
      "Quanta Labs", "Halvik Media", "Brindle Capital", "Ortiz Partners", "Calder Group",
      "Morrow Airlines",
    })
    void aRunEndingInACompanysWordIsAnOrganisation(String company) {
      List<Tag> deal = tags("Deal", "Traders said " + company + " signed the deal, and "
          + company + " said it was pleased.");

      assertThat(deal).extracting(Tag::name, Tag::kind)
          .contains(tuple(company, Tag.Kind.ORGANIZATION));
    }
  }

  @Nested
  class WordsThatOpenASentence {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "an imperative|Vesta Nova|Enter Vesta Nova with a new plan. Ferries in Vesta Nova run late.",
      "an imperative before a place|New Calder|Remember New Calder's long quest for a slogan? It "
          + "ended.",
      "an -ing verb|Mira Lund|Introducing Mira Lund, the chief of the yard. The crew likes Mira "
          + "Lund.",
      "a word the text writes in lower case|Brindle Foods|Shares of Brindle Foods fell. The "
          + "shares of rivals rose, and Brindle Foods kept its plan.",
    })
    void loseThatWordWhenTheTextShowsItIsNoPartOfTheName(String what, String name, String text) {
      assertThat(tags("Dock news", text)).extracting(Tag::name).contains(name)
          .noneMatch(n -> n.endsWith(" " + name));
    }

    @Test
    void headlineWordsTheBodyWritesInLowerCaseAreNoName() {
      List<Tag> rescue = tags("Video Shows Dramatic Rescue of Kidnapped Vesta Nova Girl",
          "A video shows the dramatic rescue of a girl kidnapped in Vesta Nova.",
          "Police in Vesta Nova thanked the crew.");

      assertThat(rescue).extracting(Tag::name).contains("Vesta Nova")
          .doesNotContain("Video Shows Dramatic Rescue", "Kidnapped Vesta Nova Girl");
    }

    @Test
    void aNameThatOpensASentenceKeepsItsFirstWord() {
      List<Tag> award = tags("Award", "Grace Lund won the prize. The grace period ended, and the "
          + "crew thanked Grace Lund.", "Mark Ortiz spoke. Critics mark the day.");

      assertThat(award).extracting(Tag::name).contains("Grace Lund");
    }
  }

  @Nested
  class CountriesAndTheirPeople {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "United Arab Emirates|The deal was signed by the United Arab Emirates, and the United Arab "
          + "Emirates will pay.",
      "Republic of Calvera|Ships from the Republic of Calvera dock here. The Republic of Calvera "
          + "sends more.",
      "United Vestrian Isles|Trade with the United Vestrian Isles grew, said the United Vestrian "
          + "Isles envoy.",
      "Calveran Republic|Trade with the Calveran Republic grew, and the Calveran Republic paid.",
    })
    void aCountryNamedByItsFormIsAPlace(String country, String text) {
      assertThat(tags("Trade", text)).extracting(Tag::name, Tag::kind)
          .contains(tuple(country, Tag.Kind.PLACE));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
      "Vietnam|Vietnam|Ferries to Vietnam run daily, and Vietnam buys the most fish.",
      "China|China|The yard ships parts to China and sells cranes in China.",
      "US|United States|Exports to the US grew, and the US buyers paid more.",
      "U.S.|United States|The crew met U.S. officials, and two U.S. ships docked.",
      "UK|Britain|Fish sold to the UK rose, and UK buyers came back.",
      "Burma|Myanmar|Teak from Burma came in, and ships from Burma waited.",
      "Hanoi|Hanoi|The mayor flew to Hanoi, where Hanoi traders met him.",
      "Middle East|Middle East|Oil from the Middle East got cheaper.",
    })
    void aCountryContinentOrCapitalIsAPlaceByItsOneName(String written, String name,
        String text) {
      List<Tag> trade = tags("Trade", text);

      assertThat(trade).filteredOn(t -> t.kind() == Tag.Kind.PLACE).extracting(Tag::name)
          .containsExactly(name);
      assertThat(trade).noneMatch(t -> t.name().equals(written) && !written.equals(name));
    }

    @Test
    void aCountrysNamesAreOneTag() {
      List<Tag> trade = tags("Trade", "The United States bought more fish, and U.S. buyers paid "
          + "more. The US fleet, the U.S. Navy said, stays in port.");

      assertThat(trade).filteredOn(t -> t.kind() == Tag.Kind.PLACE)
          .extracting(Tag::name, Tag::slug).containsExactly(tuple("United States",
              "united-states"));
    }

    @Test
    void aCountrysAcronymIsAPlaceThoughTheTextWritesItInSmallLettersAsAWord() {
      List<Tag> trade = tags("Trade", "The buyers told us that the US market grew. A US firm and "
          + "a UK firm bought the most.", "Sales to the UK grew as well, they told us.");

      assertThat(trade).extracting(Tag::name, Tag::kind)
          .contains(tuple("United States", Tag.Kind.PLACE), tuple("Britain", Tag.Kind.PLACE));
    }

    @Test
    void aNationalityIsNoCountry() {
      List<Tag> port = tags("Port visit", "Chinese sailors met Chinese officials, and a Norwegian "
          + "ship met the Norwegian coast guard.");

      assertThat(port).extracting(Tag::name).doesNotContain("China", "Norway", "Chinese",
          "Norwegian");
    }

    @Test
    void aCountryAfterABodysNameIsNoSurnameOfIt() {
      // A run cut into names of four words left "Council Ukraine" of "White House National
      // Security Council Ukraine expert", and every "Ukraine" went to it as a surname.
      List<Tag> talks = tags("Talks", "The Harbour Board Vietnam team met. Ships from Vietnam "
          + "and traders in Vietnam agree, and Vietnam signed.");

      assertThat(talks).extracting(Tag::name, Tag::kind)
          .contains(tuple("Vietnam", Tag.Kind.PLACE));
    }

    @Test
    void thePeopleOfAPlaceAreNoPlace() {
      List<Tag> poll = tags("Poll", "Most South Dakotans back the plan, a poll in South Dakota "
          + "found. South Dakota voters and South Dakotans in cities agree.");

      assertThat(poll).extracting(Tag::name).contains("South Dakota")
          .doesNotContain("South Dakotans");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "Dutch|The Dutch crew and the Dutch navy met the Dutch coast guard.",
      "French|A French ship and French sailors met French officials.",
      "Israeli|An Israeli ship and Israeli sailors met Israeli officials.",
    })
    void aNationalityBeforeNounsIsNoName(String nationality, String text) {
      assertThat(tags("Port visit", text)).extracting(Tag::name).doesNotContain(nationality);
    }

    @Test
    void aPlaceWrittenBeforeNounsIsNoNationality() {
      List<Tag> court = tags("Court", "The guards sat in the Calveran court. The Calveran facility "
          + "and the Calveran jail are full, and staff in Calveran are tired.");

      assertThat(court).extracting(Tag::name).contains("Calveran");
    }

    @Test
    void aCountryIsNoNationality() {
      List<Tag> trip = tags("Trip", "The mayor flew to Calveran. Ships in Calveran wait, "
          + "and Calveran's port is busy.");

      assertThat(trip).extracting(Tag::name).contains("Calveran");
    }
  }

  @Test
  void aPersonOfABodyIsThePersonAndTheBody() {
    List<Tag> report = tags("Ward news", "The report, by Ivan Halvik of Calder Hospital, said "
        + "the ward was full.");

    assertThat(report).extracting(Tag::name, Tag::kind).contains(
        tuple("Ivan Halvik", Tag.Kind.PERSON), tuple("Calder Hospital", Tag.Kind.ORGANIZATION));
  }

  @Test
  void aTitleAfterAPersonInAHeadlineIsNoPartOfTheName() {
    List<Tag> hire = tags("Brindle Names Shipping Pioneer Ivan Lund Chief Yard Officer",
        "Brindle is adding shipping pioneer Ivan Lund as its first Chief Yard Officer. Ivan ran "
            + "the yards of Calder Holdings, and Ivan led its sale.",
        "\"We are glad to have Ivan,\" said Lena Ortiz.");

    assertThat(hire).extracting(Tag::name, Tag::kind).contains(tuple("Ivan Lund",
        Tag.Kind.PERSON));
    assertThat(hire).extracting(Tag::name).noneMatch(n -> n.startsWith("Ivan Lund "));
  }

  @Nested
  class TitlesBeforeAPersonsName {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "an office|Tova Brandt|Ombudsman Tova Brandt asked for calm, and the crew thanked Brandt.",
      "a country's office|Mira Lund|U.S. Attorney Mira Lund closed the case. Lund said so.",
      "qualified offices|Ilse Varga|Deputy Foreign Minister Ilse Varga flew home. Varga wrote "
          + "later.",
      "an office of something|Omar Lindqvist|Secretary of State Omar Lindqvist met the crew, "
          + "said Lindqvist.",
      "an office after its title|Petra Halvorsen|Attorney General Petra Halvorsen said the port "
          + "was safe, and Halvorsen left.",
      "a firm's office|Junia Castell|Veltrix CEO Junia Castell opened the plant. Castell said so.",
      "a former office|Tomas Berg|Former Vice President Tomas Berg toured the yard, said Berg.",
    })
    void isCutOffTheName(String what, String person, String text) {
      List<Tag> news = tags("Port news", text);

      assertThat(news).extracting(Tag::name, Tag::kind).contains(tuple(person, Tag.Kind.PERSON));
      assertThat(news).extracting(Tag::name)
          .noneMatch(n -> n.contains(person) && !n.equals(person));
    }

    @Test
    void isCutOffAPersonInAHeadlineOfMoreNames() {
      List<Tag> visit = tags("Prime Minister Ilse Varga Visits Port Calder",
          "Prime Minister Ilse Varga arrived on Monday, and Varga met the crew of Port Calder.");

      assertThat(visit).extracting(Tag::name).contains("Ilse Varga")
          .noneMatch(n -> n.contains("Minister"));
    }

    @Test
    void leavesTheNameThatMergesWithItsSurnameAlone() {
      List<Tag> visit = tags("Visit", "Ombudsman Tova Brandt visited the yard on Monday.",
          "The crew, said Brandt, worked hard. Critics told Brandt the yard was unsafe.");

      assertThat(visit).extracting(Tag::name).contains("Tova Brandt")
          .noneMatch(n -> n.contains("Ombudsman") || n.equals("Brandt"));
    }

    @Test
    void makesAOneWordNameAPersonWhenTheTextAlsoWritesItAlone() {
      List<Tag> visit = tags("Visit", "President Varga toured the yard, and the crew cheered "
          + "Varga. Critics told Varga it was late.");

      assertThat(visit).extracting(Tag::name, Tag::kind).contains(tuple("Varga",
          Tag.Kind.PERSON)).doesNotContain(tuple("President Varga", Tag.Kind.PERSON));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "General Motors|General Motors cut jobs, and General Motors shares fell.",
      "Justice Department|The Justice Department sued, and the Justice Department won.",
      "King Street|Shops on King Street shut, and King Street was quiet.",
      "General Electric|General Electric cut jobs, and General Electric shares fell.",
    })
    void isKeptWhereTheRestNamesNoPerson(String name, String text) {
      assertThat(tags("Business", text)).extracting(Tag::name).contains(name);
    }

    @Test
    void staysWithAPersonOfOneNameKnownByIt() {
      List<Tag> blessing = tags("Blessing", "Pope Leo blessed the ships, and Leo thanked the "
          + "crew. Leo left at noon.");

      assertThat(blessing).extracting(Tag::name).contains("Pope Leo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
      "in the body|Visit|The crew met South Korean President Baek Seo Yeon at the dock. Reporters "
          + "asked South Korean President Baek Seo Yeon about ships, and Baek said so.",
      "in a headline|South Korean President Baek Seo Yeon Visits Calder|The crew met the "
          + "president at the dock, and Baek said so.",
      "of another country|Visit|The crew met East Timorese Prime Minister Ilse Varga at the dock, "
          + "and the East Timorese Prime Minister Ilse Varga said so.",
    })
    void keepsACompassNationalityBeforeItOutOfEveryName(String where, String title,
        String text) {
      List<Tag> visit = tags(title, text);

      assertThat(visit).extracting(Tag::name).noneMatch(n -> n.equals("South")
          || n.equals("East") || n.contains("President") || n.contains("Minister"));
      assertThat(visit).extracting(Tag::kind).contains(Tag.Kind.PERSON);
    }

    @Test
    void keepsANationalityBeforeItOutOfTheTags() {
      List<Tag> visit = tags("Visit", "Norwegian Prime Minister Ilse Varga met Norwegian "
          + "sailors and the Norwegian coast guard, said Varga.");

      assertThat(visit).extracting(Tag::name).contains("Ilse Varga")
          .noneMatch(n -> n.contains("Norwegian"));
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

  /**
   * A small word of a family name ("von", "van", "de", "bin") stands inside one name: the name
   * does not stop before it, and a title before the name is still cut off.
   */
  @Nested
  class NamesWithAParticle {
    private final List<Tag> story = tags("Son of former president dies",
        "Tarvo Eckmar von Lindqvist, a son of former Calder President Edvin von Lindqvist, died "
            + "on Tuesday. The family of von Lindqvist thanked the doctors.",
        "Sara van Holt, a neighbour, said Tarvo Eckmar von Lindqvist had been ill.");

    @Test
    void isOneNameWithItsFamilyName() {
      assertThat(story).extracting(Tag::name, Tag::kind).contains(
          tuple("Tarvo Eckmar von Lindqvist", Tag.Kind.PERSON),
          tuple("Sara van Holt", Tag.Kind.PERSON));
    }

    @Test
    void isCutFromATitleBeforeIt() {
      assertThat(story).extracting(Tag::name).contains("Edvin von Lindqvist")
          .noneMatch(n -> n.contains("President"));
    }

    @Test
    void leavesNoGivenNameAloneBeforeIt() {
      assertThat(story).extracting(Tag::name)
          .noneMatch(n -> n.endsWith("Edvin") || n.endsWith("Eckmar") || n.equals("Lindqvist"));
    }
  }

  /**
   * A team is named after its city ("Calder City Storm", "San Marco Gulls", "Lisbon Herons"): a
   * run whose words before the last are a place is a body, and the team called by its last word
   * after "the" ("the Storm") names no person by a family name.
   */
  @Nested
  class TeamsOfAPlace {
    private final List<Tag> game = tags("Gulls hold off Storm 101-99",
        "The San Marco Gulls beat the Calder City Storm 101-99 on Tuesday night.",
        "The Gulls have won five straight, and the Storm lost again. The Lisbon Herons play the "
            + "Gulls next, and the Herons have lost twice to the Gulls.");

    @Test
    void isAnOrganisation() {
      assertThat(game).extracting(Tag::name, Tag::kind).contains(
          tuple("San Marco Gulls", Tag.Kind.ORGANIZATION),
          tuple("Calder City Storm", Tag.Kind.ORGANIZATION),
          tuple("Lisbon Herons", Tag.Kind.ORGANIZATION));
    }

    @Test
    void calledByItsLastWordAfterTheIsNoPerson() {
      List<Tag> match = tags("Brindle Foxes win",
          "Fans cheered the Brindle Foxes at the ground on Sunday.",
          "The Foxes scored twice, and the Foxes now lead the table.");

      assertThat(match).noneMatch(t -> t.kind() == Tag.Kind.PERSON);
    }

    @Test
    void leavesAPersonNamedLikeACityAPerson() {
      assertThat(tags("Dock news", "The crew cheered Paris Lindqvist at the dock, and "
          + "Lindqvist waved back.")).extracting(Tag::name, Tag::kind)
          .contains(tuple("Paris Lindqvist", Tag.Kind.PERSON));
    }
  }

  @Test
  void aHeadlinesVerbBeforeAPlaceIsNoPartOfThePlace() {
    List<Tag> visit = tags("President Baek Seo-yeon Visits Lisbon",
        "President Baek Seo-yeon arrived in Lisbon on Monday for two days of talks.",
        "Baek Seo-yeon met ministers in Lisbon, and Baek said the talks went well.");

    assertThat(visit).extracting(Tag::name, Tag::kind)
        .contains(tuple("Lisbon", Tag.Kind.PLACE), tuple("Baek Seo-yeon", Tag.Kind.PERSON));
    assertThat(visit).extracting(Tag::name).noneMatch(n -> n.contains("Visits"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Mira Lund Says Veltrix Is Hiring", "Mira Lund Announces Veltrix Deal",
    "Veltrix Hires Mira Lund as Chief",
  })
  void aHeadlinesVerbBetweenTwoNamesSplitsThem(String title) {
    List<Tag> hiring = tags(title, "Mira Lund said on Monday that Veltrix would hire 200 "
        + "people, and Veltrix confirmed the deal. Lund leads the yard.");

    assertThat(hiring).extracting(Tag::name, Tag::kind)
        .contains(tuple("Mira Lund", Tag.Kind.PERSON));
    assertThat(hiring).extracting(Tag::name)
        .filteredOn(n -> n.contains("Lund") || n.contains("Veltrix"))
        .containsExactlyInAnyOrder("Mira Lund", "Veltrix");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "the body said|Calder Reserve|The Calder Reserve said on Wednesday that rates would stay "
        + "where they are.",
    "told the paper|Harbour Herald|\"We will rebuild,\" the mayor told the Harbour Herald on "
        + "Monday.",
    "the body's decision|Calder Reserve|Markets rose after the Calder Reserve's decision to hold "
        + "rates.",
  })
  void aRunCalledTheBodyThatSpeaksIsAnOrganisation(String cue, String body, String text) {
    assertThat(tags("Markets", text)).extracting(Tag::name, Tag::kind)
        .contains(tuple(body, Tag.Kind.ORGANIZATION));
  }
}
