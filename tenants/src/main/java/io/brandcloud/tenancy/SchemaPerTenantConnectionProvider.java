package io.brandcloud.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.jboss.logging.Logger;

/**
 * Hands Hibernate connections from the server that holds the tenant's schema ({@link Placements}),
 * set to that schema, and puts every connection back on the platform schema before it returns to
 * the pool, so a pooled connection never carries a tenant to its next user.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

  private static final Logger LOG = Logger.getLogger(SchemaPerTenantConnectionProvider.class);

  public static final String DATASOURCE_JNDI = "java:jboss/datasources/BrandcloudDS";

  /** Set only where one database serves every schema (tests outside the server). */
  private final transient DataSource dataSource;

  public SchemaPerTenantConnectionProvider() {
    this(null);
  }

  public SchemaPerTenantConnectionProvider(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Connection getAnyConnection() throws SQLException {
    return dataSource().getConnection();
  }

  @Override
  public void releaseAnyConnection(Connection connection) throws SQLException {
    connection.close();
  }

  @Override
  public Connection getConnection(String schema) throws SQLException {
    Connection connection =
        dataSource == null ? Placements.dataSourceOf(schema).getConnection() : getAnyConnection();
    try {
      connection.setSchema(checkedSchema(schema));
      return connection;
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * Puts the connection back on the platform schema. After a rollback the pool refuses statements
   * (IJ031070); the connection then keeps its schema, which is safe because every handout sets the
   * schema first.
   */
  @Override
  public void releaseConnection(String schema, Connection connection) throws SQLException {
    try {
      connection.setSchema(TenantSchema.PLATFORM);
    } catch (SQLException e) {
      LOG.debugf("Schema reset skipped after rollback: %s", e.getMessage());
    } finally {
      connection.close();
    }
  }

  @Override
  public boolean supportsAggressiveRelease() {
    return false;
  }

  @Override
  public boolean isUnwrappableAs(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (isUnwrappableAs(type)) {
      return type.cast(this);
    }
    throw new IllegalArgumentException("Cannot unwrap to " + type);
  }

  private static String checkedSchema(String schema) {
    return TenantSchema.PLATFORM.equals(schema) ? schema : new TenantSchema(schema).name();
  }

  private DataSource dataSource() {
    return dataSource == null ? Placements.main() : dataSource;
  }
}
