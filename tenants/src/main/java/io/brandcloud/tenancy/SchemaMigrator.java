package io.brandcloud.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Brings the platform schema and tenant schemas up to date with the changelogs in {@code db/}.
 * Liquibase commits on its own, so callers run it outside any JTA transaction. Each schema keeps
 * its own changelog table.
 */
public class SchemaMigrator {

  private Set<String> tenantChangeSets;

  static final String PLATFORM_CHANGELOG = "db/platform/changelog.xml";
  static final String TENANT_CHANGELOG = "db/tenant/changelog.xml";
  static final String PLACEMENT_CHANGELOG = "db/placement/changelog.xml";
  private static final Object PLACEMENTS_MIGRATING = new Object();

  public void migratePlatform(Connection connection) throws SQLException {
    migrate(connection, TenantSchema.PLATFORM, PLATFORM_CHANGELOG);
  }

  /**
   * The platform tables of a placement other than the main server (its tenants' due flags), in that
   * server's platform schema.
   */
  public void migratePlacement(Connection connection) throws SQLException {
    // the placement watch and a tenant's placement choice may both see a new placement at once;
    // two Liquibase runs of it from one node once kept a new tenant waiting five minutes for the
    // change log lock, and then placed it elsewhere
    synchronized (PLACEMENTS_MIGRATING) {
      migrate(connection, TenantSchema.PLATFORM, PLACEMENT_CHANGELOG);
    }
  }

  /**
   * Brings a tenant schema up to date. One that does not exist yet is made in a single transaction
   * from the whole changelog (a failure leaves nothing behind); one that exists gets Liquibase's
   * update, changeset by changeset.
   */
  public void migrateTenant(Connection connection, TenantSchema schema) throws SQLException {
    if (exists(connection, schema)) {
      migrate(connection, schema.name(), TENANT_CHANGELOG);
    } else {
      create(connection, schema);
    }
  }

  public static boolean exists(Connection connection, TenantSchema schema) throws SQLException {
    return exists(connection, schema.name());
  }

  static boolean exists(Connection connection, String schema) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static void create(Connection connection, TenantSchema schema) throws SQLException {
    create(connection, schema.name());
  }

  /** Makes a schema from the whole changelog; {@code schema} is [a-z0-9_] only. */
  static void create(Connection connection, String schema) throws SQLException {
    String script = NewSchemaScript.forSchema(connection, TENANT_CHANGELOG, schema);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
      statement.execute("SET LOCAL search_path TO " + schema);
      statement.execute(script);
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new SQLException("Creating schema " + schema + " failed", e);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Whether a tenant schema already has every changeset of the tenant changelog. Asking Liquibase
   * costs about 0.2 s per schema; this costs one query, which keeps boot fast with thousands of
   * tenants. A schema that is behind still gets the full Liquibase run, which also validates the
   * checksums of what was applied.
   */
  public boolean isCurrent(Connection connection, TenantSchema schema) throws SQLException {
    return isCurrent(connection, schema.name());
  }

  boolean isCurrent(Connection connection, String schema) throws SQLException {
    Set<String> applied = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT id, author FROM " + schema + ".databasechangelog")) {
      while (rows.next()) {
        applied.add(rows.getString(1) + "::" + rows.getString(2));
      }
    } catch (SQLException missingTable) {
      return false;
    }
    return applied.containsAll(tenantChangeSets());
  }

  private synchronized Set<String> tenantChangeSets() throws SQLException {
    if (tenantChangeSets == null) {
      try {
        ClassLoaderResourceAccessor resources =
            new ClassLoaderResourceAccessor(SchemaMigrator.class.getClassLoader());
        tenantChangeSets =
            Scope.child(
                Map.of(Scope.Attr.resourceAccessor.name(), resources),
                () ->
                    ChangeLogParserFactory.getInstance()
                        .getParser(TENANT_CHANGELOG, resources)
                        .parse(TENANT_CHANGELOG, new ChangeLogParameters(), resources)
                        .getChangeSets()
                        .stream()
                        .map(c -> c.getId() + "::" + c.getAuthor())
                        .collect(Collectors.toUnmodifiableSet()));
      } catch (Exception e) {
        throw new SQLException("Cannot read " + TENANT_CHANGELOG, e);
      }
    }
    return tenantChangeSets;
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
    boolean autoCommit = connection.getAutoCommit();
    connection.setSchema(schema);
    try {
      runLiquibase(connection, schema, changelog);
    } finally {
      // Liquibase switches auto-commit off; the caller gets its connection back as it handed it
      // over
      connection.setAutoCommit(autoCommit);
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
      // a line per changeset on the server's console, ninety-odd per new tenant, says nothing
      // the one line the caller logs per schema does not; they go to the log at FINE instead
      LoggerUIService quiet = new LoggerUIService();
      quiet.setStandardLogLevel(Level.FINE);
      Scope.child(
          Map.of(Scope.Attr.resourceAccessor.name(), resources, Scope.Attr.ui.name(), quiet),
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
