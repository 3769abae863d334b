package io.brandcloud.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the platform schema and tenant schemas up to date with the changelogs in {@code db/}.
 * Liquibase commits on its own, so callers run it outside any JTA transaction. Each schema keeps
 * its own changelog table.
 */
public class SchemaMigrator {

  static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
  static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";

  public void migratePlatform(Connection connection) throws SQLException {
    migrate(connection, TenantSchema.PLATFORM, PLATFORM_CHANGELOG);
  }

  public void migrateTenant(Connection connection, TenantSchema schema) throws SQLException {
    migrate(connection, schema.name(), TENANT_CHANGELOG);
  }

  public void dropTenant(Connection connection, TenantSchema schema) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema.name() + " CASCADE");
    }
  }

  private void migrate(Connection connection, String schema, String changelog) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      // schema names come only from TenantSchema, which admits [a-z0-9_] only
      statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    connection.setSchema(schema);
    try {
      runLiquibase(connection, schema, changelog);
    } finally {
      connection.setSchema(TenantSchema.PLATFORM);
    }
  }

  private void runLiquibase(Connection connection, String schema, String changelog)
      throws SQLException {
    try {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      database.setDefaultSchemaName(schema);
      database.setLiquibaseSchemaName(schema);
      ClassLoaderResourceAccessor resources =
          new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
      Scope.child(
          Map.of(Scope.Attr.resourceAccessor.name(), resources),
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                  .execute());
    } catch (Exception e) {
      throw new SQLException("Migrating schema " + schema + " with " + changelog + " failed", e);
    }
  }
}
