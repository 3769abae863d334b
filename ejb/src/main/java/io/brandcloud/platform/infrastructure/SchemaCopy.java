package io.brandcloud.platform.infrastructure;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;

/**
 * Copies one tenant schema's rows from one PostgreSQL server to another with {@code COPY} in
 * PostgreSQL's binary format, table by table, and compares the two afterwards. The target schema
 * must already have the same tables (the same changelog applied); its rows are replaced. The
 * source's tables are locked against writes for as long as the source connection's transaction
 * lasts, so what is copied is what is compared, and nobody writes to the source after the copy
 * unless the caller lets go.
 */
public final class SchemaCopy {

  /** Liquibase's own bookkeeping, which the target schema has from its own migration. */
  private static final Set<String> NOT_COPIED =
      Set.of("databasechangelog", "databasechangeloglock");

  /**
   * The platform tables every server keeps for the tenants it holds, with the columns a move
   * carries over (not the ids, which each server numbers itself).
   */
  private static final Map<String, String> PER_SERVER =
      Map.of(
          "work_due",
          "tenant_id, queue, due_at, version",
          "mail_due",
          "tenant_id, due_at, version",
          "mailbox_checks",
          "tenant_id, next_check_at",
          "charging_runs",
          "job_execution_id, tenant_id, charged_up_to, charges, servers, amount, currency,"
              + " duration_ms, failure, finished_at");

  /** How far a copy got, for the operator watching the move. */
  public interface Progress {
    void started(int tables);

    void copied(String table, long rows);
  }

  /** The figures a copy is verified by: rows per table and the ledger's sum per wallet. */
  public record Figures(Map<String, Long> rowsPerTable, Map<Long, String> ledgerPerWallet) {

    long rows() {
      return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The figures in one line of text, to keep and compare later; equal figures, equal text. */
    public String toText() {
      return rowsPerTable.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(","))
          + ";"
          + ledgerPerWallet.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(","));
    }

    /** What differs from {@code other}, in words; empty when nothing does. */
    public String differences(Figures other) {
      List<String> differences = new ArrayList<>();
      rowsPerTable.forEach(
          (table, rows) -> {
            Long theirs = other.rowsPerTable.get(table);
            if (!rows.equals(theirs)) {
              differences.add(table + " has " + rows + " rows here and " + theirs + " there");
            }
          });
      if (!ledgerPerWallet.equals(other.ledgerPerWallet)) {
        differences.add("the ledger sums per wallet differ");
      }
      return String.join("; ", differences);
    }
  }

  private final TenantSchema schema;

  public SchemaCopy(TenantSchema schema) {
    this.schema = schema;
  }

  /**
   * Takes a lock on every table of the schema in {@code source}'s transaction that lets others read
   * but not write, waiting for the writers already under way to finish.
   */
  public List<String> lockTables(Connection source) throws SQLException {
    List<String> tables = tables(source);
    if (!tables.isEmpty()) {
      try (Statement lock = source.createStatement()) {
        // a long transaction in the way fails the move (before its switch) instead of queueing
        // every writer of the tenant behind it; a worker whose node died is cut off by the server
        lock.execute("SET LOCAL lock_timeout = '30s'");
        lock.execute("SET LOCAL idle_in_transaction_session_timeout = '5min'");
        lock.execute(
            "LOCK TABLE "
                + tables.stream().map(this::qualified).collect(Collectors.joining(", "))
                + " IN EXCLUSIVE MODE");
      }
    }
    return tables;
  }

  /**
   * Replaces the target's rows with the source's and carries the sequences over; the target's
   * transaction is committed when this returns. Triggers do not fire on the target (its rows are
   * copies, not changes), which is why the target connection's user may set {@code
   * session_replication_role}.
   */
  public void copy(Connection source, Connection target, List<String> tables, Progress progress)
      throws SQLException {
    progress.started(tables.size());
    boolean autoCommit = target.getAutoCommit();
    target.setAutoCommit(false);
    try (Statement statement = target.createStatement()) {
      statement.execute("SET LOCAL session_replication_role = replica");
      if (!tables.isEmpty()) {
        statement.execute(
            "TRUNCATE " + tables.stream().map(this::qualified).collect(Collectors.joining(", ")));
      }
      for (String table : tables) {
        progress.copied(table, copyTable(source, target, table));
      }
      copySequences(source, target);
      target.commit();
    } catch (SQLException | RuntimeException e) {
      target.rollback();
      throw e;
    } finally {
      target.setAutoCommit(autoCommit);
    }
  }

  /**
   * Copies the tenant's rows of the platform tables each server keeps for the tenants it holds (the
   * due flags of the queues, mail and the mailbox, and the charging runs' reports), so waiting work
   * is found on the new server. The source's are deleted with the source schema.
   */
  public static void copyPlatformRows(Connection source, Connection target, long tenantId)
      throws SQLException {
    for (Map.Entry<String, String> table : PER_SERVER.entrySet()) {
      String select =
          "SELECT "
              + table.getValue()
              + " FROM platform."
              + table.getKey()
              + " WHERE tenant_id = ?";
      int columns = table.getValue().split(",").length;
      String insert =
          "INSERT INTO platform."
              + table.getKey()
              + " ("
              + table.getValue()
              + ") VALUES ("
              + String.join(", ", Collections.nCopies(columns, "?"))
              + ") ON CONFLICT DO NOTHING";
      try (PreparedStatement read = source.prepareStatement(select);
          PreparedStatement write = target.prepareStatement(insert)) {
        read.setLong(1, tenantId);
        try (ResultSet rows = read.executeQuery()) {
          while (rows.next()) {
            for (int i = 1; i <= columns; i++) {
              write.setObject(i, rows.getObject(i));
            }
            write.executeUpdate();
          }
        }
      }
    }
  }

  public static void deletePlatformRows(Connection connection, long tenantId) throws SQLException {
    for (String table : PER_SERVER.keySet()) {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM platform." + table + " WHERE tenant_id = ?")) {
        delete.setLong(1, tenantId);
        delete.executeUpdate();
      }
    }
  }

  public Figures figures(Connection connection, List<String> tables) throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet count = statement.executeQuery("SELECT count(*) FROM " + qualified(table))) {
          count.next();
          rows.put(table, count.getLong(1));
        }
      }
      Map<Long, String> ledger = new LinkedHashMap<>();
      try (ResultSet sums =
          statement.executeQuery(
              "SELECT wallet_id, sum(amount) FROM "
                  + qualified("ledger_entries")
                  + " GROUP BY wallet_id ORDER BY wallet_id")) {
        while (sums.next()) {
          ledger.put(sums.getLong(1), sums.getBigDecimal(2).stripTrailingZeros().toPlainString());
        }
      }
      return new Figures(rows, ledger);
    }
  }

  public boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      query.setString(1, schema.name());
      try (ResultSet found = query.executeQuery()) {
        return found.next();
      }
    }
  }

  public void drop(Connection connection) throws SQLException {
    try (Statement drop = connection.createStatement()) {
      drop.execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
    }
  }

  /** The schema's tables in a fixed order, without Liquibase's. */
  public List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename")) {
      query.setString(1, schema.name());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (!NOT_COPIED.contains(rows.getString(1))) {
            tables.add(rows.getString(1));
          }
        }
      }
    }
    return tables;
  }

  private long copyTable(Connection source, Connection target, String table) throws SQLException {
    String columns = String.join(", ", columns(source, table));
    CopyOut out =
        source
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyOut("COPY " + qualified(table) + " (" + columns + ") TO STDOUT (FORMAT binary)");
    CopyIn in =
        target
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY " + qualified(table) + " (" + columns + ") FROM STDIN (FORMAT binary)");
    try {
      byte[] chunk;
      while ((chunk = out.readFromCopy()) != null) {
        in.writeToCopy(chunk, 0, chunk.length);
      }
      return in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
      if (out.isActive()) {
        out.cancelCopy();
      }
    }
  }

  /** Stored columns in their order; generated ones are computed again on the target. */
  private List<String> columns(Connection connection, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT quote_ident(attname) FROM pg_attribute WHERE attrelid = ?::regclass"
                + " AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum")) {
      query.setString(1, qualified(table));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(rows.getString(1));
        }
      }
    }
    return columns;
  }

  private void copySequences(Connection source, Connection target) throws SQLException {
    try (PreparedStatement query =
            source.prepareStatement(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = ?");
        PreparedStatement set = target.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
      query.setString(1, schema.name());
      try (ResultSet sequences = query.executeQuery()) {
        while (sequences.next()) {
          long last = sequences.getLong(2);
          boolean used = !sequences.wasNull();
          set.setString(1, qualified(sequences.getString(1)));
          set.setLong(2, used ? last : 1);
          set.setBoolean(3, used);
          set.execute();
        }
      }
    }
  }

  private String qualified(String name) {
    return schema.name() + ".\"" + name.replace("\"", "\"\"") + "\"";
  }
}
