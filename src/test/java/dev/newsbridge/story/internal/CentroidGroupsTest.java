package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A centroid as a group of members: pairwise likeness, taking a group out, copying. */
class CentroidGroupsTest {
  private static final Centroid.Unit FIRE = unit(new int[] {1, 2}, 0.6f, 0.8f);
  private static final Centroid.Unit FIRE_AGAIN = unit(new int[] {1, 3}, 0.8f, 0.6f);
  private static final Centroid.Unit ELECTION = unit(new int[] {4, 5}, 1f, 0f);

  private static Centroid.Unit unit(int[] terms, float a, float b) {
    return new Centroid.Unit(terms, new float[] {a, b});
  }

  private static Centroid of(Centroid.Unit... units) {
    Centroid c = new Centroid();
    for (Centroid.Unit u : units) {
      c.add(u);
    }
    return c;
  }

  @Test
  void theDotOfTwoGroupsIsTheSumOfTheirMembersPairwiseCosines() {
    Centroid fires = of(FIRE, FIRE_AGAIN);
    Centroid other = of(FIRE, ELECTION);

    double pairwise = Centroid.Unit.cosine(FIRE, FIRE) + Centroid.Unit.cosine(FIRE, ELECTION)
        + Centroid.Unit.cosine(FIRE_AGAIN, FIRE) + Centroid.Unit.cosine(FIRE_AGAIN, ELECTION);
    assertThat(fires.dot(other)).isCloseTo(pairwise, within(1e-6));
  }

  @Test
  void takingAGroupOutLeavesTheRestAsIfItHadNeverJoined() {
    Centroid story = of(ELECTION, FIRE, FIRE_AGAIN);
    Centroid branch = of(FIRE, FIRE_AGAIN);

    story.removeAll(branch);

    assertThat(story.members()).isEqualTo(1);
    assertThat(story.averageCosine(ELECTION)).isCloseTo(1, within(1e-6));
    assertThat(story.averageCosine(FIRE)).isCloseTo(0, within(1e-6));
  }

  @Test
  void aCopyDoesNotChangeWithItsOriginal() {
    Centroid original = of(FIRE);
    Centroid copy = original.copy();

    original.add(ELECTION);

    assertThat(copy.members()).isEqualTo(1);
    assertThat(copy.averageCosine(FIRE)).isCloseTo(1, within(1e-6));
  }

  @Test
  void theWithinAverageLeavesEachMembersLikenessToItselfOut() {
    double norm = Math.sqrt(0.5 * 0.5 + 0.6 * 0.6 + 0.62 * 0.62);
    Centroid story = new Centroid();
    for (int i = 0; i < 5; i++) { // each names the story (term 1) and its own event
      story.add(new Centroid.Unit(new int[] {1, 100 + i, 200 + i},
          new float[] {(float) (0.5 / norm), (float) (0.6 / norm), (float) (0.62 / norm)}));
    }

    double shared = 0.5 * 0.5 / (0.5 * 0.5 + 0.6 * 0.6 + 0.62 * 0.62); // the story's name only
    assertThat(story.averageWithin()).isCloseTo(shared, within(1e-6));
  }
}
