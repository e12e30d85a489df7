package dev.newsbridge.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Who copies whom among the window's articles, and which of two near-duplicates is the original
 * (issue #6: "earliest published, or the outlet it credits"). A credit decides first: a copy that
 * credits another article's outlet (a content farm's "source: The Paper") makes that article the
 * original, whatever the times say (farms often stamp their copy earlier, or the original gave no
 * time and is stamped when fetched). When neither or both credit the other, the earlier published
 * is the original, then the one stored first.
 *
 * <p>An article credits another when its credited outlet is not its own publisher (the source it
 * came from) and names the other's publisher, or the other's credited outlet when that one credits
 * itself. Names are compared case-insensitively and trimmed; no alias list is consulted, so two
 * spellings of one outlet (澎湃新闻 and The Paper) meet only through the translation (see {@link
 * StoryArticle#of}). Not thread-safe.
 */
final class CopyFamilies {
  /** An article's outlet names, normalised. */
  private record Outlet(String publisher, String credited) {
    boolean selfCredited() {
      return credited.isEmpty() || credited.equals(publisher);
    }
  }

  private final Map<Long, Outlet> outlets = new HashMap<>();
  private final Map<Long, List<Long>> copies = new HashMap<>();

  /** Remembers an article's outlet names. */
  void remember(StoryArticle a) {
    outlets.put(a.id(), new Outlet(normal(a.publisher()), normal(a.outlet())));
  }

  /** Notes that {@code copy} copies {@code original}. */
  void copied(long copy, long original) {
    copies.computeIfAbsent(original, k -> new ArrayList<>()).add(copy);
  }

  /** The articles known to copy {@code original}. */
  List<Long> copiesOf(long original) {
    return List.copyOf(copies.getOrDefault(original, List.of()));
  }

  /**
   * Makes {@code newOriginal} the original of {@code oldOriginal} and of every copy of it.
   *
   * @return the articles that now copy {@code newOriginal}, the old original first
   */
  List<Long> repoint(long oldOriginal, long newOriginal) {
    List<Long> moved = new ArrayList<>();
    moved.add(oldOriginal);
    moved.addAll(copies.getOrDefault(oldOriginal, List.of()));
    copies.remove(oldOriginal);
    copies.computeIfAbsent(newOriginal, k -> new ArrayList<>()).addAll(moved);
    return moved;
  }

  /**
   * Whether article {@code a} (published at {@code aSecond}) rather than {@code b} is the original
   * of the two near-duplicates.
   */
  boolean isOriginal(long a, long aSecond, long b, long bSecond) {
    boolean bCreditsA = credits(b, a);
    boolean aCreditsB = credits(a, b);
    if (bCreditsA != aCreditsB) {
      return bCreditsA;
    }
    return aSecond < bSecond || aSecond == bSecond && a < b;
  }

  /** Whether {@code copy} credits {@code original}'s outlet (unknown articles credit nobody). */
  boolean credits(long copy, long original) {
    Outlet c = outlets.get(copy);
    Outlet o = outlets.get(original);
    if (c == null || o == null || c.selfCredited() || c.publisher().equals(o.publisher())) {
      return false;
    }
    return c.credited().equals(o.publisher())
        || o.selfCredited() && c.credited().equals(o.credited());
  }

  /** Forgets every article {@code live} rejects (they left the window). */
  void retainAll(LongPredicate live) {
    outlets.keySet().removeIf(id -> !live.test(id));
    copies.keySet().removeIf(id -> !live.test(id));
    copies.values().forEach(list -> list.removeIf(id -> !live.test(id)));
  }

  /** Forgets one article (it is being placed again). */
  void forget(long id) {
    outlets.remove(id);
  }

  private static String normal(String name) {
    return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
  }
}
