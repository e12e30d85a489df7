package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Two stories are one when their members are, across the two, about as alike as within each; a
 * word or two in common does not make them one.
 */
class StoryLikenessTest {
  private static final int CORE = 1; // the story's own name, in every report of it
  private static final int CHAPTER = 50; // what a later chapter's reports have in common
  private static final int OTHER_STORY = 60; // another story's own name

  /** A unit vector over {@code terms} (sorted) with weights proportional to {@code raw}. */
  private static Centroid.Unit unit(int[] terms, double... raw) {
    double norm = Math.sqrt(java.util.Arrays.stream(raw).map(x -> x * x).sum());
    float[] w = new float[raw.length];
    for (int i = 0; i < raw.length; i++) {
      w[i] = (float) (raw[i] / norm);
    }
    return new Centroid.Unit(terms, w);
  }

  /** A story of {@code n} reports, each of the story's name and words of its own event. */
  private static Centroid longStory(int n) {
    Centroid c = new Centroid();
    for (int i = 0; i < n; i++) {
      c.add(unit(new int[] {CORE, 100 + i, 200 + i}, 0.5, 0.6, 0.62));
    }
    return c;
  }

  private static Centroid chapter(int n) {
    Centroid c = new Centroid();
    for (int i = 0; i < n; i++) {
      c.add(unit(new int[] {CORE, CHAPTER, 300 + i}, 0.5, 0.7, 0.51));
    }
    return c;
  }

  @Test
  void aLaterChapterOfAStoryIsOneStoryWithIt() {
    assertThat(StoryLikeness.oneStory(longStory(8), chapter(3))).isTrue();
    assertThat(StoryLikeness.oneStory(chapter(3), longStory(8))).as("either way").isTrue();
  }

  @Test
  void storiesThatShareAWordAreNotOne() {
    Centroid other = new Centroid();
    for (int i = 0; i < 4; i++) {
      other.add(unit(new int[] {CORE, OTHER_STORY, 400 + i}, 0.1, 0.8, 0.59));
    }

    assertThat(StoryLikeness.oneStory(longStory(8), other)).isFalse();
  }

  @Test
  void storiesOfFewerThanThreeReportsAreNotComparedYet() {
    assertThat(StoryLikeness.oneStory(longStory(8), chapter(2))).isFalse();
    assertThat(StoryLikeness.oneStory(longStory(2), chapter(3))).isFalse();
  }
}
