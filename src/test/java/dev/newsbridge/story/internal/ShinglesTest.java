package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shingles, the fingerprints copy detection compares. */
class ShinglesTest {
  private static final String MAINLAND = "3月28日晚，小米在北京举行发布会，正式推出公司首款汽车小米SU7。";

  @Test
  void aRepostInTraditionalCharactersHasTheSameShingles() {
    String hongKong = "3月28日晚，小米在北京舉行發佈會，正式推出公司首款汽車小米SU7。";
    assertThat(Shingles.jaccard(Shingles.of(MAINLAND, true), Shingles.of(hongKong, true)))
        .isEqualTo(1.0);
  }

  @Test
  void punctuationAndSpacesDoNotMatter() {
    String respaced = "3月28日晚 小米在北京举行发布会 正式推出公司首款汽车小米SU7";
    assertThat(Shingles.of(respaced, true)).isEqualTo(Shingles.of(MAINLAND, true));
  }

  @Test
  void englishShinglesAreRunsOfThreeWords() {
    assertThat(Shingles.of("Xiaomi launches its first car", false)).hasSize(3);
  }

  @Test
  void twoEmptyTextsAreNotAlike() {
    assertThat(Shingles.jaccard(Shingles.of("", true), Shingles.of("", true))).isZero();
  }
}
