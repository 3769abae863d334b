package io.brandcloud.tenancy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Level;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateSqlCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * The whole tenant changelog as one SQL script, as Liquibase's own update-sql writes it for a
 * schema that does not exist yet: every changeset's statements, followed each time by the row of
 * Liquibase's changelog table that records it with Liquibase's checksum. A new schema made from it
 * is one transaction of DDL that later Liquibase runs take for their own work; made changeset by
 * changeset, Liquibase spends more than the database does on a new schema (a commit, a lock check
 * and a history row per changeset).
 */
final class NewSchemaScript {

  /**
   * Liquibase qualifies its own tables with the schema; the changesets never name one. Longer than
   * any tenant schema (at most 32 characters), so no tenant's name can hold it.
   */
  private static final String PLACEHOLDER = "brandcloud_schema_made_for_a_new_tenant";

  private static String script;

  private NewSchemaScript() {}

  /** The script for {@code schema}, to run with that schema first on the search path. */
  static String forSchema(Connection connection, String changelog, String schema)
      throws SQLException {
    String qualified = PLACEHOLDER + ".";
    String written = written(connection, changelog);
    String forSchema = written.replace(qualified, schema + ".");
    if (forSchema.contains(PLACEHOLDER)) {
      throw new SQLException("The new-schema script names " + PLACEHOLDER + " unqualified");
    }
    return forSchema;
  }

  private static synchronized String written(Connection connection, String changelog)
      throws SQLException {
    if (script == null) {
      script = write(connection, changelog);
    }
    return script;
  }

  private static String write(Connection connection, String changelog) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    String schema = connection.getSchema();
    try {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(PLACEHOLDER);
      database.setLiquibaseSchemaName(PLACEHOLDER);
      ClassLoaderResourceAccessor resources =
          new ClassLoaderResourceAccessor(NewSchemaScript.class.getClassLoader());
      LoggerUIService quiet = new LoggerUIService();
      quiet.setStandardLogLevel(Level.FINE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Scope.child(
          Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), quiet),
          () ->
              new CommandScope(UpdateSqlCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateSqlCommandStep.CHANGELOG_FILE_ARG, changelog)
                  .setOutput(out)
                  .execute());
      return out.toString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new SQLException("Could not write the new-schema script of " + changelog, e);
    } finally {
      connection.setAutoCommit(autoCommit);
      connection.setSchema(schema);
    }
  }
}
