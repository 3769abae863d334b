package io.brandcloud.platform.infrastructure;

import io.brandcloud.tenancy.Placements;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Shows that a tenant's move has a live worker: a PostgreSQL session lock on the main server, which
 * the worker holds on a connection of its own for the whole move and which goes with that
 * connection if the worker's node dies. A second worker for the same tenant can never start.
 */
public final class MoveLock implements AutoCloseable {

  /** The first half of the lock's key, so it meets no other advisory lock. */
  private static final int MOVES = 0x6d6f7665;

  private final Connection connection;
  private final long tenantId;

  private MoveLock(Connection connection, long tenantId) {
    this.connection = connection;
    this.tenantId = tenantId;
  }

  /** The lock, unless another worker holds it. Call outside any transaction. */
  public static Optional<MoveLock> take(long tenantId) throws SQLException {
    Connection connection = Placements.main().getConnection();
    try {
      if (call(connection, "pg_try_advisory_lock", tenantId)) {
        return Optional.of(new MoveLock(connection, tenantId));
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    connection.close();
    return Optional.empty();
  }

  /** Whether a live worker is moving the tenant now. */
  public static boolean held(long tenantId) throws SQLException {
    Optional<MoveLock> probe = take(tenantId);
    probe.ifPresent(MoveLock::close);
    return probe.isEmpty();
  }

  @Override
  public void close() {
    try (connection) {
      call(connection, "pg_advisory_unlock", tenantId);
    } catch (SQLException e) {
      // a broken connection is discarded by the pool, and its session's locks with it
    }
  }

  private static boolean call(Connection connection, String function, long tenantId)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT " + function + "(?, ?)")) {
      statement.setInt(1, MOVES);
      statement.setInt(2, Math.toIntExact(tenantId));
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }
}
