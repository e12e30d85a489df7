package dev.newsbridge.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.hankcs.hanlp.HanLP;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped character table is what HanLP's converter gives, character by character; its main
 * method prints the two table lines again (after a HanLP upgrade).
 */
class ChineseScriptsTableTest {
  @Test
  void theTableIsHanlpsOneCharacterConversions() {
    assertThat(ChineseScripts.tableLines())
        .as("regenerate %s with this test's main method", ChineseScripts.TABLE)
        .isEqualTo(fromHanlp());
  }

  @Test
  void noTraditionalCharacterLiesBelowTheFirstOneTheTableIsConsultedFor() {
    // simplified() answers characters below NO_TRADITIONAL_BELOW without reading the table.
    assertThat(ChineseScripts.tableLines().get(0).chars())
        .allMatch(c -> c >= ChineseScripts.NO_TRADITIONAL_BELOW);
  }

  /** Traditional characters HanLP converts to one other character, and what it converts them to. */
  static List<String> fromHanlp() {
    StringBuilder traditional = new StringBuilder();
    StringBuilder simplified = new StringBuilder();
    int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}}; // CJK Extension A, CJK Unified
    for (int[] block : blocks) {
      for (int c = block[0]; c <= block[1]; c++) {
        String s = HanLP.convertToSimplifiedChinese(String.valueOf((char) c));
        if (s.length() == 1 && s.charAt(0) != c) {
          traditional.append((char) c);
          simplified.append(s.charAt(0));
        }
      }
    }
    return List.of(traditional.toString(), simplified.toString());
  }

  public static void main(String[] args) {
    fromHanlp().forEach(System.out::println);
  }
}
