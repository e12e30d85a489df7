package dev.newsbridge.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.newsbridge.story.internal.Centroid;
import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.IncidentCodes;
import dev.newsbridge.story.internal.SparseVector;
import dev.newsbridge.story.internal.StoryLikeness;
import dev.newsbridge.story.internal.WindowIndex;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Stories reshaped after an article joined one: a branch grown from a weak join that outgrew the
 * rest of its story splits off, and a candidate story alike to the joined one as a group is merged
 * in. Articles are placed as {@link StoryClusterer} places them (place, summed vector, window) with
 * vectors written here, so that who is alike to whom is plain: a story's core reports share its
 * word and have words of their own, a branch's reports are all alike and share less with the core.
 */
class StoryReshapingTest {
  private static final Duration WINDOW = Duration.ofDays(30); // ids are hours: 720 fit in it
  private static final int FESTIVAL = 1; // the core story's word
  private static final int SUBWAY = 2; // the branch's word
  private static final int OTHER = 3; // another story's word
  private static final double WEAK = StoryReshaping.WEAK_JOIN - 0.02;
  private static final double STRONG = 0.3;

  /**
   * A branch report: cosine 1 to another, 0.36 to a core report. Below {@link
   * dev.newsbridge.story.internal.WeakBranches#SPLIT_LIKENESS} of its own cohesion (a branch that
   * outgrew the core splits), above {@link StoryLikeness#MERGE_LIKENESS} of the two stories' (as
   * groups they pass for one).
   */
  private static final Centroid.Unit BRANCH =
      new Centroid.Unit(new int[] {FESTIVAL, SUBWAY}, new float[] {0.6f, 0.8f});

  /** Another story's report: it shares the core's word, little else (cosine 0.06 to the core). */
  private static final Centroid.Unit UNLIKE =
      new Centroid.Unit(new int[] {FESTIVAL, OTHER}, new float[] {0.1f, 0.995f});

  private final StoryPlaces places = new StoryPlaces();
  private final WindowIndex index = new WindowIndex(WINDOW.toSeconds());
  private final StoryReshaping reshaping = new StoryReshaping(places, index);

  /** A core report: the story's word and a word of its own; any two have cosine 0.36. */
  private static Centroid.Unit core(long id) {
    return new Centroid.Unit(new int[] {FESTIVAL, 100 + (int) id}, new float[] {0.6f, 0.8f});
  }

  /** What reshaping reads of an article in the window: when it was published, id hours in. */
  private static Doc publishedAt(long id) {
    long epochSecond = WeakJoinSplitTest.START.plus(Duration.ofHours(id)).getEpochSecond();
    return new Doc(id, epochSecond, false, SparseVector.EMPTY, SparseVector.EMPTY,
        SparseVector.EMPTY, SparseVector.EMPTY, List.of(), new int[0], new int[0], new int[0], null,
        ArticleRegions.NONE, IncidentCodes.NONE);
  }

  /** Places {@code placed} as the clusterer does (its story then holds it), then reshapes. */
  private StoryAssignment place(StoryAssignment placed, Centroid.Unit unit,
      StoryReshaping.Join join) {
    long id = placed.articleId();
    places.put(id, placed.storyId(), placed.eventId(), placed.duplicateOf());
    places.centroid(placed.storyId()).add(unit);
    places.touched(placed.storyId(), publishedAt(id).epochSecond());
    index.add(publishedAt(id));
    return reshaping.after(placed, unit, join);
  }

  private StoryAssignment startStory(long id, Centroid.Unit unit) {
    return place(new StoryAssignment(id, id, id, 0, List.of()), unit, null);
  }

  /** Article {@code id} joins {@code story} with {@code score}, nearest to its {@code nearest}. */
  private StoryAssignment join(long id, long story, double score, long nearest,
      Centroid.Unit unit, Long... candidateStories) {
    var join = new StoryReshaping.Join(score, nearest, List.of(candidateStories));
    return place(new StoryAssignment(id, story, id, 0, List.of()), unit, join);
  }

  private StoryAssignment copy(long id, long original, Centroid.Unit unit) {
    long[] p = places.of(original);
    return place(new StoryAssignment(id, places.story(p[0]), p[1], original, List.of()), unit,
        null);
  }

  /** Story 1 of core reports 1 to {@code n}. */
  private void coreStory(int n) {
    startStory(1, core(1));
    for (long id = 2; id <= n; id++) {
      join(id, 1, STRONG, 1, core(id), 1L);
    }
  }

  /** Article 4 joins story 1 weakly; 5 to {@code last} follow it, each nearest the one before. */
  private void branchFrom4To(long last) {
    join(4, 1, WEAK, 1, BRANCH, 1L);
    for (long id = 5; id <= last; id++) {
      join(id, 1, STRONG, id - 1, BRANCH, 1L);
    }
  }

  private List<Long> storiesOf(long first, long last) {
    return LongStream.rangeClosed(first, last).mapToObj(places::storyOf).toList();
  }

  // --- splits -----------------------------------------------------------------------------------

  @Test
  void aBranchThatOutgrewItsStoryIsSplitOff() {
    coreStory(3);

    branchFrom4To(7);

    assertThat(storiesOf(1, 3)).as("the core stays").containsOnly(1L);
    assertThat(storiesOf(4, 7)).as("a story of its own, its first article's id").containsOnly(4L);
    assertThat(reshaping.takeMoved()).containsExactly(4L, 5L, 6L, 7L);
    assertThat(reshaping.takeMoved()).as("listed once").isEmpty();
    assertThat(places.centroid(1).members()).isEqualTo(3);
    assertThat(places.centroid(4).members()).isEqualTo(4);
  }

  @Test
  void aBranchNoLargerThanTheRestOfItsStoryStays() {
    coreStory(3);

    branchFrom4To(6);

    assertThat(storiesOf(1, 6)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aJoinAtTheWeakJoinScoreRootsNoBranch() {
    coreStory(3);

    join(4, 1, StoryReshaping.WEAK_JOIN, 1, BRANCH, 1L);
    for (long id = 5; id <= 8; id++) {
      join(id, 1, STRONG, id - 1, BRANCH, 1L);
    }

    assertThat(storiesOf(1, 8)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aReportNearestACoreMemberStaysOutOfTheBranch() {
    coreStory(3);
    join(4, 1, WEAK, 1, BRANCH, 1L);

    for (long id = 5; id <= 8; id++) {
      join(id, 1, STRONG, 2, BRANCH, 1L); // alike to the branch, but nearest a core report
    }

    assertThat(storiesOf(1, 8)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aCopyFollowsItsOriginalIntoTheBranchAndOutWithIt() {
    coreStory(3);
    branchFrom4To(5);

    copy(6, 5, BRANCH);
    join(7, 1, STRONG, 4, BRANCH, 1L);

    assertThat(storiesOf(4, 7)).containsOnly(4L);
    assertThat(reshaping.takeMoved()).containsExactly(4L, 5L, 6L, 7L);
  }

  @Test
  void aBranchRootedAtAStoryIdThatWasMergedAwayNeverSplits() {
    coreStory(3);
    join(4, 1, WEAK, 1, BRANCH, 1L);
    // 4 was alone in story 4 and, placed again once translated, joined story 1: story 4's address
    // now leads to story 1, so a story split off as 4 would have no address of its own.
    places.redirect(4, 1);

    for (long id = 5; id <= 8; id++) {
      join(id, 1, STRONG, id - 1, BRANCH, 1L);
    }

    assertThat(storiesOf(1, 8)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aBranchIsForgottenWhenOneOfItsMembersIsPlacedAgain() {
    coreStory(3);
    branchFrom4To(6);

    reshaping.forgetBranchOf(5); // its vector changes: the branch's sum would be stale
    join(7, 1, STRONG, 6, BRANCH, 1L);
    join(8, 1, STRONG, 4, BRANCH, 1L);

    assertThat(storiesOf(1, 8)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aBranchWithAMemberThatLeftTheWindowIsForgotten() {
    coreStory(3);
    branchFrom4To(6);

    reshaping.retainAll(id -> id != 5);
    join(7, 1, STRONG, 6, BRANCH, 1L);

    assertThat(storiesOf(1, 7)).containsOnly(1L);
    assertThat(reshaping.takeMoved()).isEmpty();
  }

  @Test
  void aBranchWhoseFirstArticleLeftTheWindowBeforeTheSweepIsForgottenNotSplit() {
    coreStory(3);
    join(4, 1, WEAK, 1, BRANCH, 1L);
    long last = WINDOW.toHours() + 10;
    join(last - 30, 1, STRONG, 4, BRANCH, 1L); // 4 is still in the window
    join(last - 1, 1, STRONG, last - 30, BRANCH, 1L); // 4 has left it now

    // The clusterer forgets the branches of articles that left the window only every SWEEP_EVERY
    // places; until then the branch still lists 4, and this report makes it outgrow the core.
    assertThatCode(() -> join(last, 1, STRONG, last - 1, BRANCH, 1L)).doesNotThrowAnyException();
    assertThat(reshaping.takeMoved()).as("the branch is forgotten, as the sweep would").isEmpty();
    assertThat(places.storyOf(last)).isEqualTo(1);
  }

  // --- merges of stories alike as groups --------------------------------------------------------

  /** Story {@code first} of reports {@code first} to {@code last}, all alike ({@code unit}). */
  private void alikeReports(long first, long last, Centroid.Unit unit) {
    startStory(first, unit);
    for (long id = first + 1; id <= last; id++) {
      join(id, first, STRONG, first, unit, first);
    }
  }

  @Test
  void twoStoriesAlikeAsGroupsMerge() {
    coreStory(2);
    alikeReports(3, 5, BRANCH);

    StoryAssignment placed = join(6, 1, STRONG, 1, core(6), 1L, 3L);

    assertThat(placed.storyId()).isEqualTo(1);
    assertThat(placed.mergedStories()).containsExactly(3L);
    assertThat(storiesOf(1, 6)).containsOnly(1L);
    assertThat(places.centroid(1).members()).isEqualTo(6);
  }

  @Test
  void storiesUnderThreeMembersAreNotMergedAsGroups() {
    startStory(1, core(1));
    alikeReports(2, 4, BRANCH);
    alikeReports(6, 7, BRANCH);

    // Story 1 has two members with the article that just joined it: too few to compare.
    StoryAssignment second = join(5, 1, STRONG, 1, core(5), 1L, 2L);
    // Three now: story 2 (three) is merged, story 6 (two) is not.
    StoryAssignment third = join(8, 1, STRONG, 1, core(8), 1L, 2L, 6L);

    assertThat(second.mergedStories()).isEmpty();
    assertThat(third.mergedStories()).containsExactly(2L);
    assertThat(storiesOf(2, 4)).containsOnly(1L);
    assertThat(storiesOf(6, 7)).containsOnly(6L);
  }

  @Test
  void storiesLessAlikeAcrossThanWithinAreNotMerged() {
    coreStory(2);
    alikeReports(3, 5, UNLIKE); // they share the core's word: not enough

    StoryAssignment placed = join(6, 1, STRONG, 1, core(6), 1L, 3L);

    assertThat(placed.mergedStories()).isEmpty();
    assertThat(storiesOf(3, 5)).containsOnly(3L);
  }

  @Test
  void storiesTheArticleBridgedStayListedAndAreNotMergedAgain() {
    coreStory(2);
    alikeReports(3, 5, BRANCH);
    startStory(6, core(6));
    places.fold(1, 6); // article 7 bridged story 6 to story 1 when it joined (STORY_MERGE)
    var join = new StoryReshaping.Join(STRONG, 1, List.of(1L, 3L, 6L));

    StoryAssignment placed = place(new StoryAssignment(7, 1, 7, 0, List.of(6L)), core(7), join);

    assertThat(placed.mergedStories()).containsExactly(6L, 3L);
    assertThat(storiesOf(1, 7)).containsOnly(1L);
  }

  @Test
  void aStoryThatSplitOffIsNeverMergedBackAsAGroup() {
    coreStory(3);
    branchFrom4To(7);
    assertThat(StoryLikeness.oneStory(places.centroid(1), places.centroid(4)))
        .as("as groups they pass for one story")
        .isTrue();

    StoryAssignment toTheCore = join(8, 1, STRONG, 1, core(8), 1L, 4L);
    StoryAssignment toTheSplit = join(9, 4, STRONG, 7, BRANCH, 4L, 1L);

    assertThat(toTheCore.mergedStories()).isEmpty();
    assertThat(toTheSplit.mergedStories()).as("either way round").isEmpty();
    assertThat(storiesOf(1, 3)).containsOnly(1L);
    assertThat(storiesOf(4, 7)).containsOnly(4L);
  }

  @Test
  void onceTheFirstArticleOfASplitLeftTheWindowTheStoriesMayMergeAgain() {
    coreStory(3);
    branchFrom4To(7);

    reshaping.retainAll(id -> id != 4); // splits are remembered as the window is, not for ever
    StoryAssignment placed = join(8, 1, STRONG, 1, core(8), 1L, 4L);

    assertThat(placed.mergedStories()).containsExactly(4L);
    assertThat(storiesOf(5, 7)).containsOnly(1L);
  }

  // --- the join remembered for reshaping --------------------------------------------------------

  @Test
  void aJoinNamesTheChosenStorysMemberNearestTheArticleNotAnotherStorys() {
    String[][] subway = WeakJoinSplitTest.SUBWAY;
    // Story 1: an ice festival report and two subway reports that joined it; story 4: two subway
    // reports of their own.
    List<StoryArticle> placed = List.of(
        WeakJoinSplitTest.article(1, WeakJoinSplitTest.ICE_FESTIVAL[0]),
        WeakJoinSplitTest.article(2, subway[0]), WeakJoinSplitTest.article(3, subway[2]),
        WeakJoinSplitTest.article(4, subway[1]), WeakJoinSplitTest.article(5, subway[4]));
    long[] storyOf = {0, 1, 1, 1, 4, 4};
    for (StoryArticle a : placed) {
      places.put(a.id(), storyOf[(int) a.id()], a.id(), 0);
      index.add(Doc.of(a, index.frequencies()));
    }
    List<Doc> candidates = placed.stream().map(a -> index.doc(a.id())).toList();
    Doc article = Doc.of(WeakJoinSplitTest.article(6, subway[3]), index.frequencies());
    Centroid.Unit unit = Centroid.Unit.of(article, index.frequencies());

    StoryReshaping.Join join = reshaping.join(0.07, 1, unit, candidates, List.of(1L, 4L));

    assertThat(join.nearest()).isEqualTo(3);
    assertThat(cosine(unit, 4)).as("a report of story 4 is nearer still")
        .isGreaterThan(cosine(unit, 3));
    assertThat(join.candidateStories()).containsExactly(1L, 4L);
  }

  private double cosine(Centroid.Unit unit, long id) {
    return Centroid.Unit.cosine(unit, Centroid.Unit.of(index.doc(id), index.frequencies()));
  }
}
