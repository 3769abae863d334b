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
    lock(connection, "pg_advisory_lock");
    try {
      int current = 0;
      for (String spare : spares(connection)) {
        if (migrator.isCurrent(connection, spare)) {
          current++;
        } else {
          try (Statement drop = connection.createStatement()) {
            drop.execute("DROP SCHEMA IF EXISTS " + spare + " CASCADE");
          }
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
      // a spare another node is renaming is not waited for long: there may be others
      statement.execute("SET LOCAL lock_timeout = '2s'");
      statement.execute("ALTER SCHEMA " + spare + " RENAME TO " + target.name());
      connection.commit();
      return true;
    } catch (SQLException e) {
      connection.rollback();
      if ("42P06".equals(e.getSQLState())) {
        throw e;
      }
      // 3F000: another node took it first; 55P03: it is taking it now
      return false;
    } finally {
      connection.setAutoCommit(autoCommit);
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
