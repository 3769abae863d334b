package io.brandcloud.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The PostgreSQL servers that hold tenant schemas. {@value #MAIN} is {@code BrandcloudDS}, the
 * server of the platform schema; every other placement is a datasource that add-placement.cli binds
 * under {@value #JNDI_PREFIX}. Which placement holds a schema is {@code
 * platform.tenants.placement}: read for all tenants at once and kept for {@link #KEEP}, and read
 * again at once for a schema the copy does not know (a tenant another node created a moment ago). A
 * node that kept an old answer after a move reaches a dropped schema and fails; it never writes
 * where nobody reads.
 */
public final class Placements {

  public static final String MAIN = "main";
  public static final String JNDI_PREFIX = "java:jboss/datasources/placement/";
  static final Duration KEEP = NodeRefresh.INTERVAL;
  private static final Duration MISS_RELOAD = Duration.ofMillis(200);

  private static final Map<String, DataSource> DATA_SOURCES = new ConcurrentHashMap<>();
  private static volatile Routes routes = new Routes(Map.of(), Set.of(), Long.MIN_VALUE / 2);

  private Placements() {}

  /** The placement holding {@code schema}; {@value #MAIN} for the platform schema. */
  public static String of(String schema) {
    if (TenantSchema.PLATFORM.equals(schema)) {
      return MAIN;
    }
    Routes current = fresh();
    String placement = current.bySchema.get(schema);
    if (placement == null && System.nanoTime() - current.loadedAt > MISS_RELOAD.toNanos()) {
      placement = reload().bySchema.get(schema);
    }
    return placement == null ? MAIN : placement;
  }

  /**
   * Whether the tenant's schema is being moved to another server: its background work waits (a
   * dispatcher or job partition would otherwise block on the move's locks, and every other tenant's
   * work with it).
   */
  public static boolean isMoving(long tenantId) {
    return fresh().moving.contains(tenantId);
  }

  /** The pool of the server that holds {@code schema}. */
  public static DataSource dataSourceOf(String schema) {
    return dataSource(of(schema));
  }

  public static DataSource main() {
    return dataSource(MAIN);
  }

  public static DataSource dataSource(String placement) {
    return DATA_SOURCES.computeIfAbsent(placement, Placements::lookUp);
  }

  /** Every placement this node has a datasource for, {@value #MAIN} first. */
  public static List<String> configured() {
    List<String> names = new ArrayList<>();
    names.add(MAIN);
    try {
      NamingEnumeration<NameClassPair> bound =
          new InitialContext().list(JNDI_PREFIX.substring(0, JNDI_PREFIX.length() - 1));
      while (bound.hasMore()) {
        names.add(bound.next().getName());
      }
    } catch (NameNotFoundException none) {
      // no placement besides the main server
    } catch (NamingException e) {
      throw new IllegalStateException("Cannot list the placements", e);
    }
    names.subList(1, names.size()).sort(String::compareTo);
    DATA_SOURCES
        .keySet()
        .retainAll(names); // a placement removed and added again is looked up again
    return names;
  }

  public static boolean isConfigured(String placement) {
    return placement != null && configured().contains(placement);
  }

  /** Tells this node at once where a schema now lives (after creating or moving its tenant). */
  public static void remember(String schema, String placement) {
    Map<String, String> bySchema = new HashMap<>(routes.bySchema);
    bySchema.put(schema, placement);
    routes = new Routes(Map.copyOf(bySchema), routes.moving, routes.loadedAt);
  }

  /** Drops what this node kept, so the next connection reads the registry again. */
  public static void forget() {
    routes = new Routes(routes.bySchema, routes.moving, Long.MIN_VALUE / 2);
  }

  private static Routes fresh() {
    Routes current = routes;
    return System.nanoTime() - current.loadedAt > KEEP.toNanos() ? reload() : current;
  }

  private static synchronized Routes reload() {
    Routes current = routes;
    if (System.nanoTime() - current.loadedAt <= MISS_RELOAD.toNanos()) {
      return current; // another thread has just read the registry
    }
    current = readRegistry();
    routes = current;
    return current;
  }

  /**
   * Reads outside the caller's transaction: the registry is on the main server, which a tenant on
   * another placement must not draw into its transaction.
   */
  private static Routes readRegistry() {
    return AcrossPlacements.outsideTransaction(
        () -> {
          try (Connection connection = main().getConnection();
              Statement statement = connection.createStatement();
              ResultSet rows =
                  statement.executeQuery(
                      "SELECT t.slug, t.placement, t.id, m.state = 'COPYING'"
                          + " OR (m.state = 'SWITCHED' AND m.failure IS NULL)"
                          + " FROM platform.tenants t"
                          + " LEFT JOIN platform.tenant_moves m ON m.tenant_id = t.id")) {
            Map<String, String> bySchema = new HashMap<>();
            Set<Long> moving = new HashSet<>();
            while (rows.next()) {
              bySchema.put(TenantSchema.forSlug(rows.getString(1)).name(), rows.getString(2));
              if (rows.getBoolean(4)) {
                moving.add(rows.getLong(3));
              }
            }
            return new Routes(Map.copyOf(bySchema), Set.copyOf(moving), System.nanoTime());
          } catch (SQLException e) {
            throw new IllegalStateException("Cannot read where the tenants' schemas are", e);
          }
        });
  }

  /**
   * Every tenant's slug, grouped by the placement that holds its schema, in the order of the
   * tenants' ids; for the readers that query many schemas in one statement, which must ask each
   * server for its own.
   */
  public static Map<String, List<String>> slugsByPlacement(Connection main) throws SQLException {
    Map<String, List<String>> slugs = new LinkedHashMap<>();
    try (Statement statement = main.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT slug, placement FROM platform.tenants ORDER BY id")) {
      while (rows.next()) {
        slugs.computeIfAbsent(rows.getString(2), p -> new ArrayList<>()).add(rows.getString(1));
      }
    }
    return slugs;
  }

  private static DataSource lookUp(String placement) {
    String name =
        MAIN.equals(placement)
            ? SchemaPerTenantConnectionProvider.DATASOURCE_JNDI
            : jndiName(placement);
    try {
      return (DataSource) new InitialContext().lookup(name);
    } catch (NameNotFoundException e) {
      throw new UnknownPlacementException(placement);
    } catch (NamingException e) {
      throw new IllegalStateException("Datasource " + name + " cannot be looked up", e);
    }
  }

  public static String jndiName(String placement) {
    return JNDI_PREFIX + placement;
  }

  private record Routes(Map<String, String> bySchema, Set<Long> moving, long loadedAt) {}
}
