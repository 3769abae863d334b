package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantDomain;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.tenancy.TenantSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

  @PersistenceContext EntityManager em;

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
   * One statement for all tenants, a count per schema: schema names come from {@link
   * TenantSchema#forSlug}, which admits only safe identifiers.
   */
  @Override
  public Map<Long, Long> customersPerTenant(List<Tenant> tenants) {
    if (tenants.isEmpty()) {
      return Map.of();
    }
    String counts =
        tenants.stream()
            .map(
                t ->
                    "SELECT CAST(%d AS bigint), count(*) FROM %s.organisations"
                        .formatted(t.id(), TenantSchema.forSlug(t.slug()).name()))
            .collect(Collectors.joining(" UNION ALL "));
    Map<Long, Long> perTenant = new HashMap<>();
    for (Object row : em.createNativeQuery(counts).getResultList()) {
      Object[] columns = (Object[]) row;
      perTenant.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return perTenant;
  }

  @Override
  public List<Tenant> all() {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains order by t.slug",
            Tenant.class)
        .getResultList();
  }

  @Override
  public Optional<Tenant> find(long tenantId) {
    return Optional.ofNullable(em.find(Tenant.class, tenantId));
  }

  @Override
  public Optional<Tenant> bySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Tenant> byDomain(String domain) {
    return em.createQuery(
            "select d from TenantDomain d join fetch d.tenant where d.domain = :domain",
            TenantDomain.class)
        .setParameter("domain", domain)
        .getResultStream()
        .findFirst()
        .map(TenantDomain::tenant);
  }
}
