package io.brandcloud.tenancy;

import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.jboss.logging.Logger;

/**
 * Runs one statement on every placement, each on its own connection and in a transaction of its
 * own, outside the caller's: for the platform tables each server keeps for the tenants it holds
 * (the queues' due flags), which dispatchers read across all of them. A server that cannot be
 * reached is skipped and logged; the others are still read.
 */
public final class AcrossPlacements {

  private static final Logger LOG = Logger.getLogger(AcrossPlacements.class);

  /** Reads one row into a value. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** A server that is down is reported once a minute, not at every dispatcher's round. */
  private static final long WARN_EVERY_NANOS = 60_000_000_000L;

  private static final Map<String, Long> WARNED = new ConcurrentHashMap<>();

  private AcrossPlacements() {}

  private static void warn(String placement, String what, Exception e) {
    long now = System.nanoTime();
    Long last = WARNED.get(placement);
    if (last == null || now - last > WARN_EVERY_NANOS) {
      WARNED.put(placement, now);
      LOG.warnf(
          "Placement %s was not %s (said once a minute): %s", placement, what, e.getMessage());
    }
  }

  public static <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
    List<T> rows = new ArrayList<>();
    for (String placement : Placements.configured()) {
      outsideTransaction(
          () -> {
            try (Connection connection = Placements.dataSource(placement).getConnection();
                PreparedStatement statement = prepared(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
              while (result.next()) {
                rows.add(reader.read(result));
              }
            } catch (SQLException | IllegalStateException e) {
              warn(placement, "read", e);
            }
            return null;
          });
    }
    return rows;
  }

  /** Changes rows on every placement; returns how many changed in all. */
  public static int update(String sql, Object... parameters) {
    int changed = 0;
    for (String placement : Placements.configured()) {
      changed +=
          outsideTransaction(
              () -> {
                try (Connection connection = Placements.dataSource(placement).getConnection();
                    PreparedStatement statement = prepared(connection, sql, parameters)) {
                  return statement.executeUpdate();
                } catch (SQLException | IllegalStateException e) {
                  warn(placement, "changed", e);
                  return 0;
                }
              });
    }
    return changed;
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }

  /** Runs {@code work} with the caller's transaction, if any, suspended. */
  static <T> T outsideTransaction(Callable<T> work) {
    TransactionManager transactions = transactionManager();
    Transaction suspended;
    try {
      suspended = transactions == null ? null : transactions.suspend();
    } catch (SystemException e) {
      throw new IllegalStateException("Cannot step out of the transaction", e);
    }
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (suspended != null) {
        try {
          transactions.resume(suspended);
        } catch (Exception e) {
          throw new IllegalStateException("Cannot return to the transaction", e);
        }
      }
    }
  }

  private static TransactionManager transactionManager() {
    try {
      return (TransactionManager) new InitialContext().lookup("java:jboss/TransactionManager");
    } catch (NamingException e) {
      return null; // outside the server (a unit test): there is no transaction to step out of
    }
  }
}
