package io.brandcloud.it;

import io.brandcloud.tenancy.TenantSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What a schema is made of, read from PostgreSQL's catalogue as sorted lines with the schema's own
 * name taken out: columns, constraints, indexes, triggers, functions, sequences, the rows each
 * table starts with, and Liquibase's record of the changesets applied.
 */
final class SchemaShape {

  private static final String CATALOGUE =
      """
      SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' '
             || is_nullable || ' ' || coalesce(column_default, '') || ' '
             || coalesce(character_maximum_length::text, '') || ' '
             || coalesce(numeric_precision::text, '') || ',' || coalesce(numeric_scale::text, '')
        FROM information_schema.columns WHERE table_schema = ?1
      UNION ALL
      SELECT 'constraint ' || cl.relname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid)
        FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = ?1
      UNION ALL
      SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = ?1
      UNION ALL
      SELECT 'trigger ' || cl.relname || ' ' || pg_get_triggerdef(t.oid)
        FROM pg_trigger t JOIN pg_class cl ON cl.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = cl.relnamespace WHERE n.nspname = ?1 AND NOT t.tgisinternal
      UNION ALL
      SELECT 'function ' || p.proname || ' ' || pg_get_function_identity_arguments(p.oid) || ' '
             || md5(p.prosrc)
        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?1
      UNION ALL
      SELECT 'sequence ' || sequencename || ' ' || start_value || ' ' || increment_by
        FROM pg_sequences WHERE schemaname = ?1
      """
          .replace("?1", "?");

  private SchemaShape() {}

  static List<String> of(Connection connection, TenantSchema schema) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (PreparedStatement catalogue = connection.prepareStatement(CATALOGUE)) {
      for (int i = 1; i <= 6; i++) {
        catalogue.setString(i, schema.name());
      }
      try (ResultSet rows = catalogue.executeQuery()) {
        while (rows.next()) {
          lines.add(rows.getString(1));
        }
      }
    }
    for (String table : tables(connection, schema)) {
      lines.add("rows " + table + " " + count(connection, schema.name() + "." + table));
    }
    lines.addAll(changesets(connection, schema));
    return lines.stream().map(line -> line.replace(schema.name(), "<schema>")).sorted().toList();
  }

  private static List<String> tables(Connection connection, TenantSchema schema)
      throws SQLException {
    List<String> tables = new ArrayList<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT tablename FROM pg_tables WHERE schemaname = ?"
                + " AND tablename NOT IN ('databasechangelog', 'databasechangeloglock')")) {
      query.setString(1, schema.name());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
    }
    return tables;
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static List<String> changesets(Connection connection, TenantSchema schema)
      throws SQLException {
    List<String> changesets = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, author, filename, md5sum, orderexecuted, exectype, description"
                    + " FROM "
                    + schema.name()
                    + ".databasechangelog")) {
      while (rows.next()) {
        changesets.add(
            "changeset %s %s %s %s %d %s %s"
                .formatted(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getString(3),
                    rows.getString(4),
                    rows.getInt(5),
                    rows.getString(6),
                    rows.getString(7)));
      }
    }
    return changesets;
  }
}
