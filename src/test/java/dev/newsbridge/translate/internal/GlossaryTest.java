package dev.newsbridge.translate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryTest {
  private static final Glossary GLOSSARY = Glossary.shared();

  @Test
  void holdsAtLeastThreeHundredEntries() {
    assertThat(GLOSSARY.size()).isGreaterThanOrEqualTo(300);
  }

  @Test
  void choosesTheSenseWhoseCuesTheArticleHolds() {
    assertThat(GLOSSARY.resolve("奥特曼", "OpenAI的首席执行官奥特曼").english())
        .isEqualTo("Sam Altman");
    assertThat(GLOSSARY.resolve("奥特曼", "圆谷的特摄英雄奥特曼").english()).isEqualTo("Ultraman");
    assertThat(GLOSSARY.resolve("苹果", "果园里的苹果").type()).isNull();
  }

  @Test
  void skipsASenseThatNeedsCuesTheArticleLacks() {
    assertThat(GLOSSARY.resolve("库克", "库克船长的航海日记")).isNull();
    assertThat(GLOSSARY.resolve("库克", "苹果公司的库克").english()).isEqualTo("Tim Cook");
  }

  @Test
  void givesWayToALongerHeadwordItsLastCharactersOpen() {
    // 美国人 (Americans) would take the 人 of 人工智能: 美国 and 人工智能 read the text
    assertThat(GLOSSARY.find("美国人工智能公司")).extracting(Glossary.Hit::chinese)
        .containsExactly("美国", "人工智能");
    assertThat(GLOSSARY.find("美国人喜欢")).extracting(Glossary.Hit::chinese)
        .containsExactly("美国人");
  }

  @Test
  void matchesTheLongestHeadwordFirst() {
    assertThat(GLOSSARY.find("中国人民银行宣布")).extracting(Glossary.Hit::chinese)
        .containsExactly("中国人民银行");
  }

  @Test
  void refusesOneCharacterHeadwordsThatWouldMatchInsideWords() {
    assertThatThrownBy(() -> Glossary.parse(List.of("马\tMa\tPERSON")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
