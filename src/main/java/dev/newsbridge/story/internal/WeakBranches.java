package dev.newsbridge.story.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * The branches of stories that grew from a weak join: an article that joined a story barely over
 * the join threshold roots a branch, and each later article of the story whose nearest fellow
 * member is in a branch joins that branch. A branch is the group a split would take away from its
 * story (its members' vectors summed as a {@link Centroid}). Articles of a story's core are in no
 * branch. Not thread-safe.
 */
public final class WeakBranches {
  private final Map<Long, Long> rootOf = new HashMap<>(); // member -> branch root
  private final Map<Long, Branch> branches = new HashMap<>(); // root -> branch
  private final Map<Long, Long> splitFrom = new HashMap<>(); // split-off story -> story it left

  /** Members from which a branch may split off: {@value}. */
  public static final int SPLIT_SIZE = 3;

  /**
   * How much less alike a branch is to the rest of its story than within itself, from which it
   * splits off (once it outgrew the rest): {@value}. Its group-average cosine to the rest is below
   * this share of its members' average cosine to each other. On story-dev 0.3 to 0.5 give the same
   * story B-cubed F1 (0.909 -> 0.914); 0.7 splits pure stories too (0.911), as does splitting a
   * branch once half the size of the rest (0.910).
   */
  public static final double SPLIT_LIKENESS = 0.4;

  /** A branch: its members, oldest first (the first is its root), and their summed vectors. */
  public record Branch(List<Long> members, Centroid centroid) {
    /**
     * True when this branch should leave its story ({@code story}: the story's summed vectors,
     * this branch's included): it has {@value #SPLIT_SIZE} members or more, outgrew the rest, and
     * is much less alike to the rest than within itself ({@link #SPLIT_LIKENESS}). Group-average
     * cosines come from summed unit vectors ({@link Centroid#dot}): a few sparse dot products,
     * never a pass over the members.
     */
    public boolean outgrew(Centroid story) {
      int inBranch = centroid.members();
      int rest = story.members() - inBranch;
      if (inBranch < SPLIT_SIZE || rest < 1 || inBranch <= rest) {
        return false;
      }
      double within = centroid.dot(centroid);
      double cross = (story.dot(centroid) - within) / ((double) inBranch * rest);
      return cross < SPLIT_LIKENESS * Centroid.averageWithin(within, inBranch);
    }
  }

  /** The root of the branch {@code article} is in, or 0 when it is in its story's core. */
  public long rootOf(long article) {
    return rootOf.getOrDefault(article, 0L);
  }

  /** The branch rooted at {@code root}, or null. */
  public Branch branch(long root) {
    return branches.get(root);
  }

  /** Adds {@code article} to the branch rooted at {@code root} (starting it when new). */
  public Branch add(long root, long article, Centroid.Unit unit) {
    Branch b = branches.computeIfAbsent(root, r -> new Branch(new ArrayList<>(), new Centroid()));
    b.members().add(article);
    b.centroid().add(unit);
    rootOf.put(article, root);
    return b;
  }

  /** Forgets the branch rooted at {@code root} (it split off, or can no longer be trusted). */
  public void dissolve(long root) {
    Branch b = branches.remove(root);
    if (b != null) {
      b.members().forEach(rootOf::remove);
    }
  }

  /**
   * Notes that the branch rooted at {@code root} split off {@code story} as a story of its own,
   * and forgets the branch. The two are not to be merged again: a branch splits when it is little
   * like the rest measured against its own cohesion, while {@link StoryLikeness} merges stories
   * measured against both stories' cohesion, so a split-off branch may pass for one story with the
   * rest it just left.
   */
  public void splitOff(long root, long story) {
    dissolve(root);
    splitFrom.put(root, story);
  }

  /** Whether one of the two stories split off the other (by their ids when the split happened). */
  public boolean splitApart(long a, long b) {
    return splitFrom.getOrDefault(a, 0L) == b || splitFrom.getOrDefault(b, 0L) == a;
  }

  /**
   * Forgets every branch with a member {@code keep} rejects (it left the window), and every split
   * whose stories' first articles it rejects.
   */
  public void retainAll(LongPredicate keep) {
    splitFrom.entrySet().removeIf(e -> !keep.test(e.getKey()) || !keep.test(e.getValue()));
    List<Long> gone = new ArrayList<>();
    branches.forEach((root, b) -> {
      if (!b.members().stream().allMatch(keep::test)) {
        gone.add(root);
      }
    });
    gone.forEach(this::dissolve);
  }
}
