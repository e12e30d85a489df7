package dev.newsbridge.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tiny JDBC helpers. Every value reaches SQLite as a bound parameter; SQL text is always a constant
 * written in this package, never built from input.
 */
public final class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Sql() {}

  public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(mapper.map(rs));
      }
      return rows;
    }
  }

  public static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params)
      throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Optional.of(mapper.map(rs)) : Optional.empty();
    }
  }

  public static long count(Connection c, String sql, Object... params) throws SQLException {
    return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  /** Runs an INSERT/UPDATE/DELETE and returns the number of rows changed. */
  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    }
  }

  /** Runs an INSERT and returns the new row id. */
  public static long insert(Connection c, String sql, Object... params) throws SQLException {
    update(c, sql, params);
    return count(c, "SELECT last_insert_rowid()");
  }

  /** Reads a nullable INTEGER column. */
  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... params)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    try {
      for (int i = 0; i < params.length; i++) {
        bind(ps, i + 1, params[i]);
      }
      return ps;
    } catch (SQLException | RuntimeException e) {
      ps.close();
      throw e;
    }
  }

  private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.NULL);
    } else if (value instanceof Boolean b) {
      ps.setInt(index, b ? 1 : 0);
    } else if (value instanceof Integer || value instanceof Long) {
      ps.setLong(index, ((Number) value).longValue());
    } else if (value instanceof String s) {
      ps.setString(index, s);
    } else {
      throw new IllegalArgumentException("unsupported SQL parameter type: " + value.getClass());
    }
  }
}
