package dev.newsbridge.store.internal;

import dev.newsbridge.store.StoryMember;
import dev.newsbridge.store.StoryPage;
import dev.newsbridge.store.StorySummary;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Story membership rows (V3__stories.sql). */
public final class StorySql {
  private static final String MEMBER =
      "SELECT m.article_id, m.story_id, m.event_id, m.duplicate_of FROM story_member m";

  private StorySql() {}

  /** Inserts or replaces an article's place. */
  public static void save(Connection c, StoryMember m) throws SQLException {
    Sql.update(
        c,
        "INSERT INTO story_member (article_id, story_id, event_id, duplicate_of) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id,"
            + " event_id = excluded.event_id, duplicate_of = excluded.duplicate_of",
        m.articleId(),
        m.storyId(),
        m.eventId(),
        m.duplicateOf() == 0 ? null : m.duplicateOf());
  }

  /**
   * Moves every member of the stories {@code from} into story {@code into}, and remembers where
   * each went (V6__story_merges_and_late_translations.sql), re-pointing earlier merges into them.
   */
  public static void merge(Connection c, long into, Collection<Long> from) throws SQLException {
    for (long story : from) {
      if (story == into) {
        continue;
      }
      Sql.update(c, "UPDATE story_member SET story_id = ? WHERE story_id = ?", into, story);
      Sql.update(c, "UPDATE story_merge SET into_story = ? WHERE into_story = ?", into, story);
      Sql.update(
          c,
          "INSERT INTO story_merge (from_story, into_story) VALUES (?, ?)"
              + " ON CONFLICT (from_story) DO UPDATE SET into_story = excluded.into_story",
          story,
          into);
    }
    Sql.update(c, "DELETE FROM story_merge WHERE from_story = ?", into); // it lives again
  }

  /** Moves every member of the events {@code from} into event {@code into}. */
  public static void mergeEvents(Connection c, long into, Collection<Long> from)
      throws SQLException {
    for (long event : from) {
      Sql.update(c, "UPDATE story_member SET event_id = ? WHERE event_id = ?", into, event);
    }
  }

  /** Notes (or clears the note) that an article was placed without English text. */
  public static void markWithoutEnglish(Connection c, long articleId, boolean without)
      throws SQLException {
    if (without) {
      Sql.update(
          c,
          "INSERT INTO story_without_english (article_id) VALUES (?) ON CONFLICT DO NOTHING",
          articleId);
    } else {
      Sql.update(c, "DELETE FROM story_without_english WHERE article_id = ?", articleId);
    }
  }

  /** The articles noted as placed without English text. */
  public static java.util.Set<Long> withoutEnglish(Connection c) throws SQLException {
    return new java.util.HashSet<>(
        Sql.list(c, "SELECT article_id FROM story_without_english", rs -> rs.getLong(1)));
  }

  /** The story a merged-away story now lives on in, if it was merged. */
  public static Optional<Long> mergedInto(Connection c, long story) throws SQLException {
    return Sql.one(
        c, "SELECT into_story FROM story_merge WHERE from_story = ?", rs -> rs.getLong(1), story);
  }

  public static Optional<StoryMember> byArticle(Connection c, long articleId) throws SQLException {
    return Sql.one(c, MEMBER + " WHERE m.article_id = ?", StorySql::member, articleId);
  }

  /** A story's members, oldest report first. */
  public static List<StoryMember> byStory(Connection c, long storyId) throws SQLException {
    return Sql.list(
        c,
        MEMBER + " JOIN article a ON a.id = m.article_id WHERE m.story_id = ?"
            + " ORDER BY a.sort_key, a.id",
        StorySql::member,
        storyId);
  }

  /** Every member, oldest report first (the clusterer's start-up rebuild). */
  public static List<StoryMember> all(Connection c) throws SQLException {
    return Sql.list(
        c, MEMBER + " JOIN article a ON a.id = m.article_id ORDER BY a.sort_key, a.id",
        StorySql::member);
  }

  /**
   * Half-life of a story's weight in the listing: {@value} hours. A story with twice the original
   * reports ranks level with one whose latest report is this much newer (issue #6 asks for the
   * latest stories by size and freshness).
   */
  public static final int FRESHNESS_HALF_LIFE_HOURS = 24;

  /** The half-life in the unit of {@code article.sort_key} (ms), as a real number literal. */
  private static final String HALF_LIFE_MILLIS = FRESHNESS_HALF_LIFE_HOURS * 3_600_000L + ".0";

  /**
   * Stories by freshness-decayed size, highest first: {@code originals * 2^(-age / half-life)},
   * where age runs from the latest report to now. Every story ages alike, so ranking by {@code
   * log2(originals) + latest / half-life} gives the same order without reading the clock.
   */
  public static StoryPage latest(Connection c, int limit, int offset) throws SQLException {
    List<StorySummary> items =
        Sql.list(
            c,
            "SELECT m.story_id, COUNT(*) AS n, MIN(a.sort_key) AS first, MAX(a.sort_key) AS last,"
                + " SUM(m.duplicate_of IS NULL) AS originals"
                + " FROM story_member m JOIN article a ON a.id = m.article_id"
                + " GROUP BY m.story_id"
                + " ORDER BY log2(MAX(1, originals)) + last / " + HALF_LIFE_MILLIS + " DESC,"
                + " last DESC, m.story_id DESC LIMIT ? OFFSET ?",
            StorySql::summary,
            limit,
            offset);
    long total = Sql.count(c, "SELECT COUNT(DISTINCT story_id) FROM story_member");
    return new StoryPage(items, total);
  }

  private static StoryMember member(ResultSet rs) throws SQLException {
    Long copyOf = Sql.nullableLong(rs, "duplicate_of");
    return new StoryMember(
        rs.getLong("article_id"),
        rs.getLong("story_id"),
        rs.getLong("event_id"),
        copyOf == null ? 0 : copyOf);
  }

  private static StorySummary summary(ResultSet rs) throws SQLException {
    return new StorySummary(
        rs.getLong("story_id"),
        rs.getInt("n"),
        Instant.ofEpochMilli(rs.getLong("first")),
        Instant.ofEpochMilli(rs.getLong("last")));
  }
}
