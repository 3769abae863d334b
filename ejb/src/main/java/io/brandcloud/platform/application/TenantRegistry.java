package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantDomain;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The platform schema's tenant records. Transactions here touch the platform schema only. */
@Stateless
public class TenantRegistry {

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  public void requireAvailable(TenantSpec spec) {
    if (findBySlug(spec.slug()).isPresent()) {
      throw new BrandcloudException(ErrorCode.SLUG_TAKEN, spec.slug());
    }
    requireDomainsFree(spec.domains(), null);
  }

  public Tenant insert(TenantSpec spec) {
    requireAvailable(spec);
    Tenant tenant =
        new Tenant(
            spec.slug(), spec.name(), spec.currency(), spec.zone(), spec.brand(), clock.now());
    tenant.replaceDomains(spec.domains());
    em.persist(tenant);
    em.flush();
    return tenant;
  }

  public Tenant update(long id, TenantSpec spec) {
    Tenant tenant = require(id);
    if (!tenant.slug().equals(spec.slug())) {
      throw BrandcloudException.invalid("slug", "The slug of a tenant cannot change");
    }
    if (!tenant.currency().equals(spec.currency())) {
      throw BrandcloudException.invalid("currency", "The currency of a tenant cannot change");
    }
    requireDomainsFree(spec.domains(), id);
    tenant.rename(spec.name());
    tenant.rebrand(spec.brand());
    tenant.moveTo(spec.zone());
    tenant.replaceDomains(spec.domains());
    em.flush();
    return tenant;
  }

  public Tenant suspend(long id) {
    Tenant tenant = require(id);
    tenant.suspend();
    return tenant;
  }

  public Tenant activate(long id) {
    Tenant tenant = require(id);
    tenant.activate();
    return tenant;
  }

  public void delete(long id) {
    Optional.ofNullable(em.find(Tenant.class, id)).ifPresent(em::remove);
  }

  public List<Tenant> all() {
    return em.createQuery(
            "select distinct t from Tenant t left join fetch t.domains order by t.slug",
            Tenant.class)
        .getResultList();
  }

  public Tenant require(long id) {
    return find(id).orElseThrow(() -> BrandcloudException.notFound("Tenant " + id));
  }

  public Optional<Tenant> find(long id) {
    return Optional.ofNullable(em.find(Tenant.class, id));
  }

  public Optional<Tenant> findBySlug(String slug) {
    return em.createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  public Optional<Tenant> findByDomain(String domain) {
    return em.createQuery(
            "select d from TenantDomain d join fetch d.tenant where d.domain = :domain",
            TenantDomain.class)
        .setParameter("domain", domain)
        .getResultStream()
        .findFirst()
        .map(TenantDomain::tenant);
  }

  private void requireDomainsFree(List<String> domains, Long ownerId) {
    for (String domain : domains) {
      findByDomain(domain)
          .filter(owner -> !owner.id().equals(ownerId))
          .ifPresent(
              owner -> {
                throw new BrandcloudException(ErrorCode.DOMAIN_TAKEN, domain);
              });
    }
  }
}
