package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.SchemaMigrator;
import io.brandcloud.tenancy.SchemaPerTenantConnectionProvider;
import io.brandcloud.tenancy.SpareSchemas;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Inject TestTenants testTenants;
  @Inject TenantDirectory directory;

  @PersistenceContext(unitName = "brandcloud")
  EntityManager em;

  @Resource UserTransaction transaction;

  @Resource(lookup = Deployments.POOL_OF_ONE)
  DataSource poolOfOne;

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource appDataSource;

  @Test
  void creatingATenantCreatesItsSchemaTablesAndFirstAdmin() throws Exception {
    String slug = TestTenants.uniqueSlug("tenancy");
    long started = System.nanoTime();
    CreatedTenant created = testTenants.create(slug);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("tenant-creation slug=%s ms=%d%n", slug, millis);

    assertThat(created.adminOneTimePassword()).hasSize(16);
    assertThat(tablesOf(TenantSchema.forSlug(slug).name()))
        .contains(
            "users", "wallets", "ledger_entries", "servers", "usage_charges", "invoices", "plans");
    try (Connection connection = appDataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT role FROM " + TenantSchema.forSlug(slug).name() + ".users")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("TENANT_ADMIN");
    }
  }

  @Test
  void aNewSchemaMadeInOneGoIsTheSchemaLiquibaseMakesChangesetByChangeset() throws Exception {
    TenantSchema stepwise = TenantSchema.forSlug(TestTenants.uniqueSlug("stepwise"));
    TenantSchema inOneGo = TenantSchema.forSlug(TestTenants.uniqueSlug("onego"));
    SchemaMigrator migrator = new SchemaMigrator();
    try (Connection connection = appDataSource.getConnection()) {
      try (Statement statement = connection.createStatement()) {
        // an existing schema takes Liquibase's own update
        statement.execute("CREATE SCHEMA " + stepwise.name());
      }
      migrator.migrateTenant(connection, stepwise);
      migrator.migrateTenant(connection, inOneGo);
      assertThat(connection.getAutoCommit()).as("handed back as it came").isTrue();
      assertThat(currentSchema(connection)).isEqualTo(TenantSchema.PLATFORM);
      try {
        List<String> expected = SchemaShape.of(connection, stepwise);
        assertThat(expected)
            .anyMatch(line -> line.startsWith("changeset tenant-001-users "))
            .anyMatch(line -> line.startsWith("column coupons.stackable boolean NO false"))
            .anyMatch(
                line ->
                    line.startsWith(
                        "trigger servers CREATE TRIGGER servers_inserted AFTER INSERT"));
        assertThat(SchemaShape.of(connection, inOneGo)).isEqualTo(expected);

        migrator.migrateTenant(connection, inOneGo);
        assertThat(SchemaShape.of(connection, inOneGo))
            .as("Liquibase finds nothing to do and accepts the checksums")
            .isEqualTo(expected);
        assertThat(migrator.isCurrent(connection, inOneGo)).isTrue();
      } finally {
        migrator.dropTenant(connection, stepwise);
        migrator.dropTenant(connection, inOneGo);
      }
    }
  }

  @Test
  void aNewTenantTakesASpareSchemaMadeAheadWhichIsTheSchemaTheChangelogMakes() throws Exception {
    String stale = "spare_0000000000000000";
    try (Connection connection = appDataSource.getConnection()) {
      await("the spares made at start")
          .atMost(Duration.ofSeconds(60))
          .until(() -> SpareSchemas.spares(connection).size() >= 2);
      String slug = TestTenants.uniqueSlug("spare");
      List<Long> ahead = new ArrayList<>();
      // nobody makes spares meanwhile: the tenant can only take one of these
      advisoryLock(connection, "pg_advisory_lock");
      try {
        try (Statement statement = connection.createStatement()) {
          // a spare of an earlier changelog: its history lacks every changeset of this one
          statement.execute("CREATE SCHEMA " + stale);
          statement.execute("CREATE TABLE " + stale + ".databasechangelog (id text, author text)");
        }
        for (String spare : SpareSchemas.spares(connection)) {
          if (!spare.equals(stale)) {
            ahead.add(oidOf(connection, spare));
          }
        }
        testTenants.create(slug);
      } finally {
        advisoryLock(connection, "pg_advisory_unlock");
      }

      TenantSchema made = TenantSchema.forSlug(slug);
      assertThat(oidOf(connection, made.name()))
          .as("the tenant's schema is a spare renamed, not the stale one")
          .isIn(ahead);
      TenantSchema inOneGo = TenantSchema.forSlug(TestTenants.uniqueSlug("onego"));
      SchemaMigrator migrator = new SchemaMigrator();
      migrator.migrateTenant(connection, inOneGo);
      try {
        // the same but for the tenant's first admin, made once the schema was there
        assertThat(SchemaShape.of(connection, made))
            .containsOnlyOnce("rows users 1")
            .filteredOn(line -> !line.startsWith("rows users "))
            .isEqualTo(
                SchemaShape.of(connection, inOneGo).stream()
                    .filter(line -> !line.startsWith("rows users "))
                    .toList());
      } finally {
        migrator.dropTenant(connection, inOneGo);
      }
      await("the stale spare dropped and the spares made again")
          .atMost(Duration.ofSeconds(60))
          .untilAsserted(
              () ->
                  assertThat(SpareSchemas.spares(connection))
                      .doesNotContain(stale)
                      .hasSizeGreaterThanOrEqualTo(2));
    }
  }

  private static void advisoryLock(Connection connection, String function) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT " + function + "(" + SpareSchemas.MAKING_LOCK + ")").close();
    }
  }

  private static long oidOf(Connection connection, String schema) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT oid FROM pg_namespace WHERE nspname = '" + schema + "'")) {
      assertThat(row.next()).as(schema).isTrue();
      return row.getLong(1);
    }
  }

  @Test
  void aPoolOfOneConnectionUsedByTwoTenantsInTurnNeverShowsTheWrongSchema() throws Exception {
    TenantSchema first =
        TenantSchema.forSlug(testTenants.create(TestTenants.uniqueSlug("poola")).tenant().slug());
    TenantSchema second =
        TenantSchema.forSlug(testTenants.create(TestTenants.uniqueSlug("poolb")).tenant().slug());
    SchemaPerTenantConnectionProvider provider = new SchemaPerTenantConnectionProvider(poolOfOne);
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      TenantSchema schema = i % 2 == 0 ? first : second;
      Connection tenantConnection = provider.getConnection(schema.name());
      seen.add(currentSchema(tenantConnection) + "=" + schema.name());
      provider.releaseConnection(schema.name(), tenantConnection);
      try (Connection plain = poolOfOne.getConnection()) {
        assertThat(currentSchema(plain)).isEqualTo(TenantSchema.PLATFORM);
      }
    }
    assertThat(seen)
        .allSatisfy(pair -> assertThat(pair.split("=")[0]).isEqualTo(pair.split("=")[1]));
  }

  @Test
  void hibernateSessionsOfAlternatingTenantsSeeOnlyTheirOwnSchema() throws Exception {
    TenantContext acme = directory.bySlug("acme", "test").orElseThrow();
    TenantContext globex = directory.bySlug("globex", "test").orElseThrow();
    for (int i = 0; i < 20; i++) {
      TenantContext tenant = i % 2 == 0 ? acme : globex;
      String schema =
          CurrentTenant.callAs(
              tenant,
              () -> {
                transaction.begin();
                try {
                  return (String) em.createNativeQuery("SELECT current_schema()").getSingleResult();
                } finally {
                  transaction.commit();
                }
              });
      assertThat(schema).isEqualTo(tenant.schema().name());
    }
  }

  @Test
  void withoutATenantTheSessionSeesNoTenantTables() throws Exception {
    transaction.begin();
    try {
      Object schema = em.createNativeQuery("SELECT current_schema()").getSingleResult();
      assertThat(schema).isEqualTo(TenantSchema.PLATFORM);
      assertThat(tablesOf(TenantSchema.PLATFORM)).doesNotContain("users", "servers", "wallets");
    } finally {
      transaction.commit();
    }
  }

  private List<String> tablesOf(String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection = appDataSource.getConnection();
        var statement =
            connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
      statement.setString(1, schema);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
    }
    return tables;
  }

  private static String currentSchema(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT current_schema()")) {
      rows.next();
      return rows.getString(1);
    }
  }
}
