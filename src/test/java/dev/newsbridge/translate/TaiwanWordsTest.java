package dev.newsbridge.translate;

import static dev.newsbridge.translate.GlossedParagraphs.paragraph;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Taiwan writes some everyday words its own way (軟體 for software, 晶片 for a chip, 人工智慧 for
 * AI), and the dictionary knows them in the mainland's words or in another sense (软体, "soft-
 * bodied"). A text in Traditional characters reads them as Taiwan means them.
 */
class TaiwanWordsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    // were "cloud the soft-bodied company", "Americans work wisdom company", "crystal flake",
    // "the film", "new creation company", "the action pay"
    "雲端軟體公司表示，該公司營收與獲利創下新高。, software",
    "美國人工智慧公司宣布，將在臺灣設立研發中心。, artificial intelligence",
    "台積電表示，該公司的晶片出貨量持續增加。, chip",
    "他在網路上發布影片，獲得廣大網友關注。, video",
    "這家新創公司開發的軟體獲得獎項。, startup",
    "政府推動行動支付，民眾反應熱烈。, mobile payment",
  })
  void areReadAsTaiwanMeansThem(String traditional, String english) throws TranslationException {
    assertThat(paragraph(traditional)).containsIgnoringCase(english);
  }

  @Test
  void aWordThatHoldsOneIsStillThatWord() throws TranslationException {
    // 專案組 is a task force, not a "project group"
    assertThat(paragraph("警方成立專案組，調查這起詐騙案件。")).contains("special investigation team");
  }

  @Test
  void aMainlandTextKeepsTheMainlandsSense() throws TranslationException {
    // In Simplified text 影片 is a film, as the mainland writes it.
    assertThat(paragraph("这部影片将于明年上映。")).doesNotContain("video");
  }

  @Test
  void aPersonsNameIsNoWord() throws TranslationException {
    assertThat(paragraph("記者林智慧報導。")).contains("Lin Chih-hui");
  }
}
