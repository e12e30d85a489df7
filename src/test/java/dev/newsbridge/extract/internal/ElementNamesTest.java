package dev.newsbridge.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementNamesTest {
  private static final int A = 1;
  private static final int B = 2;
  private static final int T = 4;

  private static final KeywordGroups GROUPS =
      new KeywordGroups.Builder()
          .anywhere(A, List.of("share", "hare", "comment"))
          .anywhere(B, List.of("article", "art"))
          .wholeTokens(T, List.of("ad", "ads"))
          .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0", "plain|0", "share-bar|1", "SHARE|1", "hare|1", "comments|1", "article|2",
        "Article-Share|3", "ad|4", "ads|4", "top-ad|4", "ad_box main|4", "head|0", "adshare|1",
        "load|0", "ad-article|6", "shar|0", "sharticle|2", "commentart|3"
      })
  void oneScanFindsEveryGroupAndWholeTokensOnlyBetweenGaps(String name, int groups) {
    assertThat(GROUPS.groupsIn(name)).isEqualTo(groups);
  }

  @Test
  void wordsEndingInsideLongerWordsAreFound() {
    // "hare" ends where the longer "share" does, "art" inside "article": both found by their
    // suffix links.
    assertThat(GROUPS.groupsIn("xsharex")).isEqualTo(A);
    assertThat(GROUPS.groupsIn("sartx")).isEqualTo(B);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "comment-list|UNLIKELY NEGATIVE", "article-comments|UNLIKELY MAYBE NEGATIVE POSITIVE",
        "post-author|AUTHOR NEGATIVE POSITIVE", "pub-date|DATE", "AUTHOR-Box|AUTHOR NEGATIVE",
        "ad|UNLIKELY NEGATIVE", "header-ad|UNLIKELY NEGATIVE", "load|''",
        "time-share|UNLIKELY DATE NEGATIVE", "news_txt|POSITIVE", "zw|POSITIVE", "zwx|''"
      })
  void judgesEveryGroupInOneVerdict(String name, String bits) {
    assertThat(ElementNames.judge(name)).isEqualTo(verdict(bits));
  }

  @Test
  void theClassWeightsReadUnicodeLowerCaseAndTheNamedWordsAsciiCaseOnly() {
    // U+212A KELVIN SIGN lowers to an ASCII "k": the class weights read "coo\u212Aie" as "cookie",
    // while the author words, matched ignoring ASCII case only, still find "author" after it.
    assertThat(ElementNames.judge("coo\u212Aie")).isEqualTo(verdict("UNLIKELY"));
    assertThat(ElementNames.judge("\u212Aauthor")).isEqualTo(verdict("AUTHOR NEGATIVE"));
  }

  @Test
  void aPageKeepsEachClassVerdict() {
    ElementNames names = new ElementNames();

    assertThat(names.verdict("share-bar", "")).isEqualTo(verdict("UNLIKELY NEGATIVE"));
    assertThat(names.verdict("share-bar", "pubtime")).isEqualTo(verdict("UNLIKELY NEGATIVE DATE"));
  }

  /** The bits named, space-separated. */
  private static int verdict(String bits) {
    int verdict = 0;
    for (String bit : bits.split(" ")) {
      verdict |= switch (bit) {
        case "UNLIKELY" -> ElementNames.UNLIKELY;
        case "MAYBE" -> ElementNames.MAYBE;
        case "AUTHOR" -> ElementNames.AUTHOR;
        case "DATE" -> ElementNames.DATE;
        case "NEGATIVE" -> ElementNames.NEGATIVE;
        case "POSITIVE" -> ElementNames.POSITIVE;
        case "" -> 0;
        default -> throw new IllegalArgumentException(bit);
      };
    }
    return verdict;
  }
}
