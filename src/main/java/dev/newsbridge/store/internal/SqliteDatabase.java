package dev.newsbridge.store.internal;

import dev.newsbridge.store.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One SQLite database file: exactly one write connection behind a lock (SQLite allows one writer at
 * a time; serialising in-process avoids busy waits) and a small pool of read-only connections,
 * which in WAL mode read a consistent snapshot while the writer works.
 *
 * <p>Pragmas on every connection: {@code journal_mode=WAL}, {@code synchronous=FULL} (a commit is
 * durable once it returns: our "nothing is lost" rule), {@code foreign_keys=ON}, {@code
 * busy_timeout=}{@value #BUSY_TIMEOUT_MS}. Schema migrations run through Flyway on open, each
 * migration in its own transaction.
 */
public final class SqliteDatabase implements AutoCloseable {

  /** How long a connection waits for a lock held by another process, in milliseconds. */
  public static final int BUSY_TIMEOUT_MS = 5000;

  /** Read connections kept open; more concurrent readers wait for one to come back. */
  public static final int READ_CONNECTIONS = 4;

  /** How long a reader waits for a free read connection before failing, in seconds. */
  public static final int READ_WAIT_SECONDS = 30;

  private static final String MIGRATIONS = "classpath:db/migration/sqlite";

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final Path file;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Connection writer;
  private final BlockingQueue<Connection> readers;
  private volatile boolean closed;

  private SqliteDatabase(Path file, Connection writer, BlockingQueue<Connection> readers) {
    this.file = file;
    this.writer = writer;
    this.readers = readers;
  }

  /** Opens (creating if needed) and migrates the database file. */
  public static SqliteDatabase open(Path file) {
    try {
      migrate(dataSource(file, false));
      Connection writer = dataSource(file, false).getConnection();
      BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READ_CONNECTIONS);
      for (int i = 0; i < READ_CONNECTIONS; i++) {
        readers.add(openReader(file));
      }
      return new SqliteDatabase(file, writer, readers);
    } catch (SQLException | RuntimeException e) {
      throw new StoreException("Cannot open database " + file + ": " + describe(e), e);
    }
  }

  /** Runs {@code work} in one write transaction; it commits when work returns, else rolls back. */
  public <T> T write(Work<T> work) {
    writeLock.lock();
    try {
      ensureOpen();
      return inTransaction(writer, work, "write");
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs {@code work} in one read transaction: every query sees the same snapshot. */
  public <T> T read(Work<T> work) {
    Connection reader = borrowReader();
    try {
      return inTransaction(reader, work, "read");
    } finally {
      readers.add(reader);
    }
  }

  public Path file() {
    return file;
  }

  @Override
  public void close() {
    writeLock.lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      for (int i = 0; i < READ_CONNECTIONS; i++) {
        closeQuietly(takeReaderForClose());
      }
      closeQuietly(writer);
    } finally {
      writeLock.unlock();
    }
  }

  private <T> T inTransaction(Connection c, Work<T> work, String what) {
    try {
      c.setAutoCommit(false); // BEGIN (IMMEDIATE for the writer)
      T result = work.run(c);
      c.setAutoCommit(true); // COMMIT
      return result;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c);
      if (e instanceof StoreException || e instanceof IllegalArgumentException) {
        throw (RuntimeException) e;
      }
      throw new StoreException("Database " + what + " failed on " + file + ": " + describe(e), e);
    }
  }

  private Connection borrowReader() {
    ensureOpen();
    try {
      Connection c = readers.poll(READ_WAIT_SECONDS, TimeUnit.SECONDS);
      if (c == null) {
        throw new StoreException(
            "No read connection to " + file + " became free within " + READ_WAIT_SECONDS + " s");
      }
      if (closed) {
        readers.add(c);
        ensureOpen();
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for a read connection to " + file, e);
    }
  }

  private Connection takeReaderForClose() {
    try {
      // Readers in use come back within one query; don't hang close() forever if one leaks.
      return readers.poll(READ_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("The store on " + file + " is closed");
    }
  }

  private static void migrate(SQLiteDataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        .group(false) // each migration in its own transaction
        .load()
        .migrate();
  }

  private static Connection openReader(Path file) throws SQLException {
    Connection c = dataSource(file, true).getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA query_only = ON");
    }
    return c;
  }

  private static SQLiteDataSource dataSource(Path file, boolean reader) {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // The writer takes the write lock at BEGIN, so a busy database fails fast at the start of a
    // transaction instead of half-way through it.
    config.setTransactionMode(
        reader ? SQLiteConfig.TransactionMode.DEFERRED : SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }

  private static void rollbackQuietly(Connection c) {
    try {
      if (!c.getAutoCommit()) {
        try {
          c.rollback();
        } finally {
          // SQLite may already have rolled back by itself (SQLITE_FULL does), so rollback()
          // throws "no transaction is active"; the connection must still leave manual-commit
          // mode, or the next write's BEGIN is skipped and every later write fails.
          c.setAutoCommit(true);
        }
      } else {
        // The COMMIT itself failed (e.g. disk full): the driver already says autocommit, but
        // SQLite may still hold the transaction open.
        try (Statement s = c.createStatement()) {
          s.execute("ROLLBACK");
        }
      }
    } catch (SQLException ignored) {
      // "no transaction is active", or a closed connection: the original error is what matters.
    }
  }


  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing at shutdown: nothing useful to do with a failure here.
    }
  }

  /** The innermost cause's message and type: what SQLite or the file system actually said. */
  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() != null ? root.getMessage() : "no message";
    return message + " (" + root.getClass().getSimpleName() + ")";
  }
}
