package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.SchemaMigrations;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.SchemaMigrator;
import io.brandcloud.tenancy.SpareSchemas;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Creates, upgrades and drops schemas. Liquibase commits by itself, so none of this runs inside
 * JTA.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantSchemas implements SchemaMigrations {

  private static final Logger LOG = Logger.getLogger(TenantSchemas.class);

  @Resource(lookup = "java:jboss/datasources/BrandcloudDS")
  DataSource dataSource;

  // one per node: it reads the tenant changelog's changesets once, for the schemas and the spares
  private static final SchemaMigrator MIGRATOR = new SchemaMigrator();
  private static final SpareSchemas SPARES = new SpareSchemas(MIGRATOR);

  @Resource ManagedExecutorService executor;

  private static final Set<String> UPGRADED_PLACEMENTS = ConcurrentHashMap.newKeySet();

  /** One refill of spares at a time per placement on this node, however many tenants ask. */
  private static final Map<String, CoalescedRuns> REFILLS = new ConcurrentHashMap<>();

  @Override
  public void upgradePlatform() {
    try (Connection connection = dataSource.getConnection()) {
      MIGRATOR.migratePlatform(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not upgrade the platform schema", e);
    }
  }

  @Override
  public void upgradePlacement(String placement) {
    if (Placements.MAIN.equals(placement) || UPGRADED_PLACEMENTS.contains(placement)) {
      return;
    }
    try (Connection connection = Placements.dataSource(placement).getConnection()) {
      MIGRATOR.migratePlacement(connection);
      UPGRADED_PLACEMENTS.add(placement);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not upgrade placement " + placement, e);
    }
  }

  @Override
  public void upgrade(TenantSchema schema, String placement) {
    long started = System.nanoTime();
    upgradePlacement(placement);
    try (Connection connection = Placements.dataSource(placement).getConnection()) {
      if (MIGRATOR.isCurrent(connection, schema)) {
        LOG.tracef("Schema %s is up to date", schema);
      } else if (SPARES.take(connection, schema)) {
        keepSpares(placement);
      } else {
        boolean isNew = !SchemaMigrator.exists(connection, schema);
        MIGRATOR.migrateTenant(connection, schema);
        if (isNew) {
          // none was left (or making them failed): the next tenants here need not wait
          keepSpares(placement);
        }
      }
    } catch (SQLException e) {
      if (madeMeanwhile(e)) {
        throw new BrandcloudException(
            ErrorCode.CONFLICT, "A tenant with this slug is being created right now");
      }
      throw new IllegalStateException("Could not upgrade schema " + schema, e);
    }
    LOG.debugf("Schema %s up to date in %d ms", schema, (System.nanoTime() - started) / 1_000_000);
  }

  /** How many spare schemas to keep per placement: 0 to 20, by default 2. */
  static int sparesWanted(String configured) {
    try {
      return configured == null
          ? 2
          : Math.max(0, Math.min(20, Integer.parseInt(configured.strip())));
    } catch (NumberFormatException e) {
      return 2;
    }
  }

  /** Another node created the same new schema a moment earlier (PostgreSQL's duplicate_schema). */
  private static boolean madeMeanwhile(SQLException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && "42P06".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void keepSpares(String placement) {
    try {
      REFILLS
          .computeIfAbsent(
              placement, p -> new CoalescedRuns("spare schemas on " + p, () -> refill(p)))
          .ask(executor);
    } catch (RejectedExecutionException e) {
      LOG.warnf("Spare schemas on placement %s are not made now: %s", placement, e.getMessage());
    }
  }

  /** One round: spares of an earlier changelog dropped, and as many made as are wanted. */
  private boolean refill(String placement) {
    try (Connection connection = Placements.dataSource(placement).getConnection()) {
      int made = SPARES.keep(connection, sparesWanted(System.getenv("BRANDCLOUD_SPARE_SCHEMAS")));
      if (made > 0) {
        LOG.debugf("%d spare schemas made on placement %s", made, placement);
      }
    } catch (SQLException | RuntimeException e) {
      // new tenants then wait for their schemas to be made, as without spares, and ask again
      LOG.warnf("Spare schemas were not made on placement %s: %s", placement, e.getMessage());
    }
    return false;
  }

  @Override
  public void drop(TenantSchema schema, String placement) {
    try (Connection connection = Placements.dataSource(placement).getConnection()) {
      MIGRATOR.dropTenant(connection, schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop schema " + schema, e);
    }
  }
}
