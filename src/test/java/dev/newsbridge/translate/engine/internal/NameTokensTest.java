package dev.newsbridge.translate.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.translate.Entity;
import dev.newsbridge.translate.Entity.Type;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameTokensTest {
  private static final List<Entity> NAMES = List.of(
      new Entity("奥特曼", "Sam Altman", Type.PERSON),
      new Entity("小米", "Xiaomi", Type.ORGANIZATION),
      new Entity("微软", "Microsoft", Type.ORGANIZATION),
      new Entity("欧盟", "European Union", Type.ORGANIZATION),
      new Entity("马云", "Jack Ma", Type.PERSON));

  @ParameterizedTest(name = "{1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "⟦1⟧说。|Sam Altman said.|⟦1⟧ said.",
    "⟦1⟧说。|Altman said.|⟦1⟧ said.",
    "⟦1⟧说。|Ultraman said.|⟦1⟧ said.",
    "⟦2⟧的订单|Millet orders rose.|⟦2⟧ orders rose.",
    "⟦3⟧发布|MICROSOFT released.|⟦3⟧ released.",
    "⟦4⟧的代表|EU representatives met.|⟦4⟧ representatives met.",
    "⟦5⟧回到杭州|Ma returned to Hangzhou.|⟦5⟧ returned to Hangzhou.",
    "⟦5⟧回到杭州|The ma returned.|The ma returned.",
  })
  void givesANameTheEngineWroteOutItsPlaceholderBack(String sent, String answer, String fixed) {
    assertThat(NameTokens.restore(sent, answer, NAMES)).isEqualTo(fixed);
  }

  @Test
  void leavesAnswersThatKeptTheirPlaceholdersAlone() {
    assertThat(NameTokens.restore("⟦1⟧和⟦3⟧", "[1] and Microsoft's Altman", NAMES))
        .isEqualTo("⟦3⟧ and Microsoft's Altman".replace("⟦3⟧", "[1]")
            .replace("Microsoft's", "⟦3⟧'s"));
  }

  @Test
  void neverTouchesNamesThatWereNotSent() {
    assertThat(NameTokens.restore("他说。", "Altman said.", NAMES)).isEqualTo("Altman said.");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(NameTokens.restore("⟦1⟧说。", "The Saltmann report.", NAMES))
        .isEqualTo("The Saltmann report.");
  }
}
