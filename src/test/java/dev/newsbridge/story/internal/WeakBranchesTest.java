package dev.newsbridge.story.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Branches grown from weak joins: who is in which, and forgetting them. */
class WeakBranchesTest {
  private static final Centroid.Unit UNIT = new Centroid.Unit(new int[] {1}, new float[] {1f});
  private final WeakBranches branches = new WeakBranches();

  @Test
  void anArticleInNoBranchIsInItsStorysCore() {
    assertThat(branches.rootOf(7)).isZero();
  }

  @Test
  void aBranchListsItsRootFirstAndSumsItsMembers() {
    branches.add(10, 10, UNIT);
    WeakBranches.Branch b = branches.add(10, 12, UNIT);

    assertThat(b.members()).containsExactly(10L, 12L);
    assertThat(b.centroid().members()).isEqualTo(2);
    assertThat(branches.rootOf(12)).isEqualTo(10);
  }

  @Test
  void aDissolvedBranchLeavesItsMembersInTheCore() {
    branches.add(10, 10, UNIT);
    branches.add(10, 12, UNIT);

    branches.dissolve(10);

    assertThat(branches.rootOf(10)).isZero();
    assertThat(branches.rootOf(12)).isZero();
    assertThat(branches.branch(10)).isNull();
  }

  @Test
  void aBranchWithAMemberThatLeftTheWindowIsForgotten() {
    branches.add(10, 10, UNIT);
    branches.add(10, 12, UNIT);
    branches.add(20, 20, UNIT);

    branches.retainAll(id -> id != 12);

    assertThat(branches.branch(10)).isNull();
    assertThat(branches.rootOf(20)).isEqualTo(20);
  }

  private static final Centroid.Unit OTHER = new Centroid.Unit(new int[] {2}, new float[] {1f});

  /** A story of {@code core} members like OTHER plus the branch rooted at 10. */
  private Centroid story(int core, WeakBranches.Branch branch) {
    Centroid story = branch.centroid().copy();
    for (int i = 0; i < core; i++) {
      story.add(OTHER);
    }
    return story;
  }

  @Test
  void aBranchUnlikeTheRestThatOutgrewItSplits() {
    WeakBranches.Branch b = null;
    for (long id = 10; id < 10 + WeakBranches.SPLIT_SIZE; id++) {
      b = branches.add(10, id, UNIT);
    }
    assertThat(b.outgrew(story(WeakBranches.SPLIT_SIZE - 1, b))).isTrue();
  }

  @Test
  void aBranchNoLargerThanTheRestStays() {
    WeakBranches.Branch b = null;
    for (long id = 10; id < 10 + WeakBranches.SPLIT_SIZE; id++) {
      b = branches.add(10, id, UNIT);
    }
    assertThat(b.outgrew(story(WeakBranches.SPLIT_SIZE, b))).isFalse();
  }

  @Test
  void aBranchThatIsTheWholeStoryStays() {
    WeakBranches.Branch b = null;
    for (long id = 10; id < 10 + WeakBranches.SPLIT_SIZE; id++) {
      b = branches.add(10, id, UNIT);
    }
    assertThat(b.outgrew(story(0, b))).isFalse();
  }

  @Test
  void aBranchAsLikeTheRestAsItselfStays() {
    WeakBranches.Branch b = null;
    for (long id = 10; id < 10 + WeakBranches.SPLIT_SIZE; id++) {
      b = branches.add(10, id, UNIT);
    }
    Centroid story = b.centroid().copy();
    story.add(UNIT);
    assertThat(b.outgrew(story)).isFalse();
  }

  @Test
  void aBranchThatSplitOffStaysApartFromTheStoryItLeftEitherWayRound() {
    branches.add(10, 10, UNIT);
    branches.add(10, 12, UNIT);

    branches.splitOff(10, 3);

    assertThat(branches.branch(10)).as("the branch is a story now").isNull();
    assertThat(branches.splitApart(10, 3)).isTrue();
    assertThat(branches.splitApart(3, 10)).isTrue();
    assertThat(branches.splitApart(10, 4)).as("another story").isFalse();
  }

  @Test
  void aSplitIsForgottenOnceTheFirstArticleOfEitherStoryLeftTheWindow() {
    branches.splitOff(10, 3);
    branches.splitOff(20, 4);

    branches.retainAll(id -> id != 3 && id != 20);

    assertThat(branches.splitApart(10, 3)).isFalse();
    assertThat(branches.splitApart(20, 4)).isFalse();
  }
}
