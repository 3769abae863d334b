package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.Brand;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The platform schema's tenant records. Transactions here touch the platform schema only; lookups
 * run outside the caller's transaction, which may be a tenant's on another server (a transaction
 * never spans two servers: PostgreSQL cannot prepare one that sent notices).
 */
@Stateless
public class TenantRegistry {

  @Inject TenantRepository tenants;
  @Inject ApplicationClock clock;

  public void requireAvailable(TenantSpec spec) {
    if (findBySlug(spec.slug()).isPresent()) {
      throw new BrandcloudException(ErrorCode.SLUG_TAKEN, spec.slug());
    }
    requireDomainsFree(spec.domains(), null);
  }

  public Tenant insert(TenantSpec spec, String placement) {
    requireAvailable(spec);
    Tenant tenant =
        new Tenant(
            spec.slug(), spec.name(), spec.currency(), spec.zone(), spec.brand(), clock.now());
    tenant.placeOn(placement);
    tenant.replaceDomains(spec.domains());
    tenants.add(tenant);
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
    // operators set the look; the tab icon, the mail's sender and the accent are the tenant's own
    Brand own = tenant.brand();
    tenant.rebrand(
        spec.brand()
            .withIcon(own.iconUrl())
            .withMailSender(own.mailSender())
            .withAccent(own.accentColor()));
    tenant.moveTo(spec.zone());
    tenant.replaceDomains(spec.domains());
    tenants.saveChanges(tenant);
    return tenant;
  }

  /** The domains the tenant is served on, as an operator approved them. */
  public Tenant serveOn(long id, List<String> domains) {
    Tenant tenant = require(id);
    requireDomainsFree(domains, id);
    tenant.replaceDomains(domains);
    tenants.saveChanges(tenant);
    return tenant;
  }

  /** The tenant's brand, as its own admin changes it on the Brand page. */
  public Tenant rebrand(long id, Brand brand) {
    Tenant tenant = require(id);
    tenant.rebrand(brand);
    tenants.saveChanges(tenant);
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
    tenants.remove(id);
  }

  public List<Tenant> all() {
    return tenants.all();
  }

  public Page<Tenant> page(String search, PageRequest page) {
    return tenants.page(search, page);
  }

  public Tenant require(long id) {
    return find(id).orElseThrow(() -> BrandcloudException.notFound("Tenant " + id));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Tenant> find(long id) {
    return tenants.find(id);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Tenant> findBySlug(String slug) {
    return tenants.bySlug(slug);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Tenant> findByDomain(String domain) {
    return tenants.byDomain(domain);
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
