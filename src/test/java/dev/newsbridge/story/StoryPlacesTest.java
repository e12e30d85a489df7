package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsbridge.story.internal.Centroid;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where articles are and what stories are: merges, moved events, copies, the window's sweep. */
class StoryPlacesTest {
  private static final Centroid.Unit UNIT = new Centroid.Unit(new int[] {1}, new float[] {1f});
  private final StoryPlaces places = new StoryPlaces();

  /** Article {@code id} alone in story {@code id}, published at {@code epochSecond}. */
  private void storyOfOne(long id, long epochSecond) {
    places.put(id, id, id, 0);
    places.centroid(id).add(UNIT);
    places.touched(id, epochSecond);
  }

  @Test
  void aFoldedStoryResolvesToTheOneItLivesOnInWithItsMembersAndNewestTime() {
    storyOfOne(1, 100);
    storyOfOne(2, 200);

    places.fold(1, 2);

    assertThat(places.storyOf(2)).isEqualTo(1);
    assertThat(places.mergedAway(2)).isTrue();
    assertThat(places.centroid(1).members()).isEqualTo(2);
    assertThat(places.existingCentroid(2)).isNull();
    places.sweep(150, id -> true);
    assertThat(places.existingCentroid(1)).as("newest member 200 is inside").isNotNull();
  }

  @Test
  void storiesResolveThroughChainsOfMerges() {
    places.redirect(3, 2);
    places.redirect(2, 1);

    assertThat(places.story(3)).isEqualTo(1);
    assertThat(places.story(4)).isEqualTo(4);
  }

  @Test
  void movingAnEventMovesEveryArticleInIt() {
    places.put(1, 1, 10, 0);
    places.put(2, 1, 10, 0);
    places.put(3, 1, 30, 0);

    places.moveEvent(10, 30);

    assertThat(places.of(1)[1]).isEqualTo(30);
    assertThat(places.of(2)[1]).isEqualTo(30);
  }

  @Test
  void copiesArePointedAtTheirNewOriginalThoseThatLeftAreSkipped() {
    places.put(5, 1, 1, 4);

    places.repointCopies(List.of(5L, 6L), 9);

    assertThat(places.of(5)[2]).isEqualTo(9);
    assertThat(places.has(6)).isFalse();
  }

  @Test
  void theSweepForgetsStoriesWhoseNewestMemberIsOlderThanTheHorizonAndArticlesThatLeft() {
    storyOfOne(1, 100);
    storyOfOne(2, 300);

    places.sweep(200, id -> id != 1);

    assertThat(places.existingCentroid(1)).isNull();
    assertThat(places.existingCentroid(2)).isNotNull();
    assertThat(places.has(1)).isFalse();
    assertThat(places.has(2)).isTrue();
  }
}
