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
}
