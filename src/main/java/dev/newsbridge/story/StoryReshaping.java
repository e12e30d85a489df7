package dev.newsbridge.story;

import dev.newsbridge.story.internal.Centroid;
import dev.newsbridge.story.internal.Doc;
import dev.newsbridge.story.internal.StoryLikeness;
import dev.newsbridge.story.internal.WeakBranches;
import dev.newsbridge.story.internal.WindowIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Issue #6: stories reshaped after an article joined one, so that no rebuild is ever needed to
 * stay right. A weak join can be undone: an article that joined with a score below {@link
 * #WEAK_JOIN} roots a branch that later reports nearest to it follow, and a branch that outgrows
 * the rest of its story while alike within and unlike the rest splits off as a story of its own
 * (its id the branch's first article's), its members listed by {@link #takeMoved}. And a story the
 * article's candidates belong to that has become as alike to its story as each is within ({@link
 * StoryLikeness}) is merged into it. Not thread-safe.
 */
final class StoryReshaping {
  /**
   * Story score below which a join is weak: {@value}. The article roots a branch of the story
   * (see {@link WeakBranches}); later reports nearest to it follow it into the branch. On story-dev
   * story B-cubed F1 is 0.914 with 0.10, 0.913 with 0.08 or 0.12, 0.909 (no gain) with 0.065
   * (measured before {@link StoryLikeness} merges).
   */
  static final double WEAK_JOIN = 0.10;

  /**
   * A story join: its score, the chosen story's member nearest the article (0 if none) and the
   * stories of the article's candidates (those it may have shown to be one with the chosen one).
   */
  record Join(double score, long nearest, List<Long> candidateStories) {}

  private final StoryPlaces places;
  private final WindowIndex index;
  private final WeakBranches branches = new WeakBranches();
  private final List<Long> moved = new ArrayList<>(); // split off since takeMoved

  StoryReshaping(StoryPlaces places, WindowIndex index) {
    this.places = places;
    this.index = index;
  }

  /** The join of an article ({@code unit}) to {@code story} with {@code score}, as it happened. */
  Join join(double score, long story, Centroid.Unit unit, List<Doc> candidates,
      java.util.Collection<Long> candidateStories) {
    return new Join(score, nearestIn(story, unit, candidates), List.copyOf(candidateStories));
  }

  /**
   * Reshapes after {@code result} was placed ({@code join}: how it joined its story, null for a
   * copy or a new story): merges the stories now alike to its story, then puts it in its branch,
   * splitting the branch off when it outgrew its story. Returns the assignment with the merged
   * stories listed.
   */
  StoryAssignment after(StoryAssignment result, Centroid.Unit unit, Join join) {
    StoryAssignment merged = join == null ? result : mergeAlike(result, join);
    branch(merged, unit, join);
    return merged;
  }

  /**
   * Articles whose story changed by a split since the last call, then forgets them: their places
   * are to be recorded with the article just placed.
   */
  List<Long> takeMoved() {
    List<Long> out = List.copyOf(moved);
    moved.clear();
    return out;
  }

  /** Forgets the branch {@code article} is in (its vector is about to change). */
  void forgetBranchOf(long article) {
    branches.dissolve(branches.rootOf(article));
  }

  /** Forgets the branches and splits of articles that left the window. */
  void retainAll(LongPredicate inWindow) {
    branches.retainAll(inWindow);
  }

  /** The member of {@code story} among the candidates nearest {@code unit} by cosine, or 0. */
  private long nearestIn(long story, Centroid.Unit unit, List<Doc> candidates) {
    long nearest = 0;
    double best = -1;
    for (Doc c : candidates) {
      if (places.storyOf(c.id()) == story) {
        double cos = Centroid.Unit.cosine(unit, Centroid.Unit.of(c, index.frequencies()));
        if (cos > best) {
          best = cos;
          nearest = c.id();
        }
      }
    }
    return nearest;
  }

  /**
   * Folds into the story the article just joined every candidate story that has become as alike to
   * it as its members are among themselves ({@link StoryLikeness}); the assignment then lists them
   * among its merged stories.
   */
  private StoryAssignment mergeAlike(StoryAssignment result, Join join) {
    long story = result.storyId();
    Centroid own = places.centroid(story);
    if (own.members() < StoryLikeness.MIN_MEMBERS) {
      return result;
    }
    double ownWithin = own.averageWithin(); // once, not for every candidate
    List<Long> alike = new ArrayList<>();
    for (long candidate : join.candidateStories()) {
      long other = places.story(candidate);
      if (other != story && !alike.contains(other) && !branches.splitApart(story, other)
          && StoryLikeness.oneStory(own, ownWithin, places.centroid(other))) {
        alike.add(other);
      }
    }
    if (alike.isEmpty()) {
      return result;
    }
    alike.forEach(m -> places.fold(story, m));
    List<Long> merged = new ArrayList<>(result.mergedStories());
    merged.addAll(alike);
    return new StoryAssignment(result.articleId(), story, result.eventId(), result.duplicateOf(),
        merged, result.copies(), result.mergedEvents());
  }

  /**
   * Puts a just placed article in its branch, if any (a copy follows its original; a weak join
   * roots a branch; any other join follows its nearest fellow member), and splits the branch off
   * when it {@linkplain WeakBranches.Branch#outgrew outgrew} its story.
   */
  private void branch(StoryAssignment result, Centroid.Unit unit, Join join) {
    long root;
    if (result.isCopy()) {
      root = branches.rootOf(result.duplicateOf());
    } else if (join == null) {
      return;
    } else if (join.score() < WEAK_JOIN) {
      root = result.articleId();
    } else {
      root = branches.rootOf(join.nearest());
    }
    if (root == 0) {
      return;
    }
    WeakBranches.Branch b = branches.add(root, result.articleId(), unit);
    if (!b.members().stream().allMatch(m -> index.doc(m) != null)) {
      // A member left the window since the last sweep: the branch is forgotten, as the sweep would.
      branches.dissolve(root);
      return;
    }
    long story = places.storyOf(root);
    // A root whose id was once a story and merged away never splits: that address keeps its 301.
    if (!places.mergedAway(root) && b.outgrew(places.centroid(story))) {
      split(story, root, b);
    }
  }

  /** Takes branch {@code b} out of {@code story} as a story of its own, id its root. */
  private void split(long story, long root, WeakBranches.Branch b) {
    places.centroid(story).removeAll(b.centroid());
    places.setCentroid(root, b.centroid().copy());
    for (long m : b.members()) {
      places.setStory(m, root);
      places.touched(root, index.doc(m).epochSecond());
      moved.add(m);
    }
    branches.splitOff(root, story);
  }
}
