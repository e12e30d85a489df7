package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SimilarityFeaturesTest {
  private static final SparseVector.Weights FLAT = term -> 1.0;

  private static SparseVector headline(String text) {
    return Doc.vector(Tokens.chinese(text), Doc.NATIVE);
  }

  @Nested
  class HeadlineCoverage {
    @Test
    void isFullWhenEveryHeadlineTermOccursSomewhereInTheOtherText() {
      TextTerms text = TextTerms.of("昨日下午山城地震后，救援队已经抵达。", true);
      assertThat(text.coverage(headline("山城地震"), FLAT)).isEqualTo(1.0, within(1e-9));
    }

    @Test
    void weighsEachMissingTermByItsRarity() {
      TextTerms text = TextTerms.of("海港发生地震", true);
      SparseVector title = headline("山城地震");
      int rare = Hashing.term(Doc.NATIVE, "山城");
      SparseVector.Weights rareCity = term -> term == rare ? 3.0 : 1.0;
      // terms: 山城 (missing, idf 3), 城地 (missing, 1), 地震 (found, 1)
      assertThat(text.coverage(title, rareCity)).isEqualTo(1.0 / 5.0, within(1e-9));
    }

    @Test
    void isZeroForAnEmptyHeadline() {
      assertThat(TextTerms.of("任何文字", true).coverage(SparseVector.EMPTY, FLAT)).isZero();
    }
  }

  @Nested
  class RareEntityOverlap {
    private Doc naming(int... entityIds) {
      return new Doc(
          1, 0, true, SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY, List.of(),
          entityIds, null);
    }

    @Test
    void sharingTheRareNameCountsMoreThanSharingTheCommonOne() {
      SparseVector.Weights w = term -> term == 7 ? 4.0 : 1.0; // 7 is rare, 1, 2, 3 common
      double rareShared = Entities.rareOverlap(naming(1, 7), naming(2, 7), w);
      double commonShared = Entities.rareOverlap(naming(1, 7), naming(1, 3), w);
      assertThat(rareShared).isEqualTo(4.0 / 6.0, within(1e-9));
      assertThat(commonShared).isEqualTo(1.0 / 6.0, within(1e-9));
    }

    @Test
    void isZeroWhenNeitherArticleNamesAnyone() {
      assertThat(Entities.rareOverlap(naming(), naming(), FLAT)).isZero();
    }
  }
}
