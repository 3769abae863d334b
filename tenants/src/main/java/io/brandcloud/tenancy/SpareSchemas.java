package io.brandcloud.tenancy;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tenant schemas made ahead of time, so that a new tenant does not wait the second or so PostgreSQL
 * takes to make a hundred tables: a spare is made from the whole changelog like any new tenant's
 * schema, under a name no tenant can have, and a new tenant takes one by renaming it. PostgreSQL
 * keeps no schema name inside a schema (defaults, keys and triggers name objects by their ids, and
 * the triggers read their schema when they run), so the renamed spare is the schema the changelog
 * would have made. A spare of an earlier changelog is never taken and is dropped when spares are
 * made again.
 */
public final class SpareSchemas {

  private static final Pattern NAME = Pattern.compile("spare_[0-9a-f]{16}");

  /** One node at a time makes spares on a server: PostgreSQL's advisory lock with this key. */
  public static final long MAKING_LOCK = 0x62635f7370617265L;

  /**
   * Renaming a spare and dropping a stale one hold this lock class with the spare's name: renaming
   * a schema locks nothing in PostgreSQL, so a drop could otherwise meet a spare renamed a moment
   * before to a new tenant's name.
   */
  private static final int ONE_SPARE = 0x62637370;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SchemaMigrator migrator;

  public SpareSchemas(SchemaMigrator migrator) {
    this.migrator = migrator;
  }

  /**
   * Renames a spare of the current changelog to {@code target}, which must not exist yet; false
   * when none is left (or another node took each first). A target made meanwhile by another node is
   * PostgreSQL's duplicate_schema, as when it is made from the changelog.
   */
  public boolean take(Connection connection, TenantSchema target) throws SQLException {
    if (SchemaMigrator.exists(connection, target.name())) {
      return false;
    }
    for (String spare : spares(connection)) {
      if (migrator.isCurrent(connection, spare) && rename(connection, spare, target)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops spares of an earlier changelog and makes spares until {@code wanted} are current, after
   * whoever (on any node) is making spares on this server now; answers how many it made.
   */
  public int keep(Connection connection, int wanted) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // a node that stopped answering while it made spares is not waited for forever
      statement.execute("SET lock_timeout = '30s'");
    }
    try {
      lock(connection, "pg_advisory_lock");
      try {
        int current = 0;
        for (String spare : spares(connection)) {
          if (migrator.isCurrent(connection, spare)) {
            current++;
          } else {
            dropStale(connection, spare);
          }
        }
        int made = 0;
        for (; current + made < wanted; made++) {
          SchemaMigrator.create(connection, newName());
        }
        return made;
      } finally {
        lock(connection, "pg_advisory_unlock");
      }
    } finally {
      try (Statement statement = connection.createStatement()) {
        statement.execute("RESET lock_timeout");
      }
    }
  }

  private static void dropStale(Connection connection, String spare) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      holdSpare(connection, spare, "pg_advisory_xact_lock");
      // still under its spare's name: nobody took it while we looked
      if (SchemaMigrator.exists(connection, spare)) {
        try (Statement drop = connection.createStatement()) {
          drop.execute("DROP SCHEMA " + spare + " CASCADE");
        }
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** The spares on this server, oldest name first (any order would do). */
  public static List<String> spares(Connection connection) throws SQLException {
    List<String> spares = new ArrayList<>();
    try (Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'spare\\_%' ORDER BY 1")) {
      while (rows.next()) {
        if (NAME.matcher(rows.getString(1)).matches()) {
          spares.add(rows.getString(1));
        }
      }
    }
    return spares;
  }

  private static boolean rename(Connection connection, String spare, TenantSchema target)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      if (!holdSpare(connection, spare, "pg_try_advisory_xact_lock")) {
        // another node is taking it (or dropping it) now: there may be others
        connection.rollback();
        return false;
      }
      statement.execute("SET LOCAL lock_timeout = '2s'");
      statement.execute("ALTER SCHEMA " + spare + " RENAME TO " + target.name());
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      if ("42P06".equals(e.getSQLState())) {
        throw e;
      }
      // another node took or dropped it first (no such schema, or its row changed meanwhile)
      return false;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  private static boolean holdSpare(Connection connection, String spare, String function)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + function + "(?, hashtext(?))::text")) {
      statement.setInt(1, ONE_SPARE);
      statement.setString(2, spare);
      try (ResultSet row = statement.executeQuery()) {
        // the waiting form answers void (an empty text), the trying form whether it got the lock
        return row.next() && !"false".equals(row.getString(1));
      }
    }
  }

  private static void lock(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(?)")) {
      statement.setLong(1, MAKING_LOCK);
      statement.executeQuery().close();
    }
  }

  private static String newName() {
    byte[] random = new byte[8];
    RANDOM.nextBytes(random);
    return "spare_" + HexFormat.of().formatHex(random);
  }
}
