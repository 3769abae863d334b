package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.QueryPages;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  private static final Logger LOG = Logger.getLogger(JpaTenantRepository.class);

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public void add(Tenant tenant) {
    em.persist(tenant);
    em.flush();
  }

  @Override
  public void saveChanges(Tenant tenant) {
    em.flush();
  }

  @Override
  public void remove(long tenantId) {
    Optional.ofNullable(em.find(Tenant.class, tenantId)).ifPresent(em::remove);
  }

  /**
   * One statement per placement for all its tenants, a count per schema: schema names come from
   * {@link TenantSchema#forSlug}, which admits only safe identifiers.
   */
  @Override
  public Map<Long, Long> customersPerTenant(List<Tenant> tenants) {
    Map<Long, Long> perTenant = new HashMap<>();
    Map<String, List<Tenant>> byPlacement =
        tenants.stream().collect(Collectors.groupingBy(Tenant::placement));
    byPlacement.forEach((placement, placed) -> perTenant.putAll(count(placement, placed)));
    return perTenant;
  }

  private static Map<Long, Long> count(String placement, List<Tenant> tenants) {
    String counts =
        tenants.stream()
            .map(
                t ->
                    "SELECT CAST(%d AS bigint), count(*) FROM %s.organisations"
                        .formatted(t.id(), TenantSchema.forSlug(t.slug()).name()))
            .collect(Collectors.joining(" UNION ALL "));
    Map<Long, Long> perTenant = new HashMap<>();
    try (Connection connection = Placements.dataSource(placement).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(counts)) {
      while (rows.next()) {
        perTenant.put(rows.getLong(1), rows.getLong(2));
      }
    } catch (SQLException | RuntimeException e) {
      // a placement that is down, or a tenant moved meanwhile: its counts are missing, not all
      LOG.warnf("Customers on placement %s were not counted: %s", placement, e.getMessage());
    }
    return perTenant;
  }

  @Override
  public Map<String, Long> tenantsPerPlacement() {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.placement, count(t) from Tenant t group by t.placement", Object[].class)
            .getResultList()) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  @Override
  public List<Tenant> all() {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains order by t.slug",
            Tenant.class)
        .getResultList();
  }

  @Override
  public Page<Tenant> page(String search, PageRequest page) {
    String where =
        search == null || search.isBlank()
            ? ""
            : " where locate(:search, lower(t.slug)) > 0 or locate(:search, lower(t.name)) > 0";
    TypedQuery<Tenant> rows =
        em.createQuery("select t from Tenant t" + where + " order by t.slug", Tenant.class);
    TypedQuery<Long> count = em.createQuery("select count(t) from Tenant t" + where, Long.class);
    if (!where.isEmpty()) {
      String wanted = search.strip().toLowerCase(Locale.ROOT);
      rows.setParameter("search", wanted);
      count.setParameter("search", wanted);
    }
    return QueryPages.of(rows, count, page);
  }

  @Override
  public Optional<Tenant> find(long tenantId) {
    // with its domains: its context names its own domain, read after the transaction ends
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains where t.id = :id",
            Tenant.class)
        .setParameter("id", tenantId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains where t.slug = :slug",
            Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Tenant> byDomain(String domain) {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains where exists"
                + " (select 1 from TenantDomain d where d.tenant = t and d.domain = :domain)",
            Tenant.class)
        .setParameter("domain", domain)
        .getResultStream()
        .findFirst();
  }
}
