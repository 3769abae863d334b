package io.brandcloud.platform.infrastructure;

import io.brandcloud.tenancy.SchemaMigrator;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Creates, upgrades and drops schemas. Liquibase commits by itself, so none of this runs inside
 * JTA.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantSchemas {

  private static final Logger LOG = Logger.getLogger(TenantSchemas.class);

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource dataSource;

  private final SchemaMigrator migrator = new SchemaMigrator();

  public void upgradePlatform() {
    try (Connection connection = dataSource.getConnection()) {
      migrator.migratePlatform(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not upgrade the platform schema", e);
    }
  }

  /** Creates the schema if it is missing and applies every changeset it does not have yet. */
  public void upgrade(TenantSchema schema) {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      if (!migrator.isCurrent(connection, schema)) {
        migrator.migrateTenant(connection, schema);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not upgrade schema " + schema, e);
    }
    LOG.debugf("Schema %s up to date in %d ms", schema, (System.nanoTime() - started) / 1_000_000);
  }

  public void drop(TenantSchema schema) {
    try (Connection connection = dataSource.getConnection()) {
      migrator.dropTenant(connection, schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop schema " + schema, e);
    }
  }
}
