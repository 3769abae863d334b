package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantDomain;
import io.brandcloud.platform.domain.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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
