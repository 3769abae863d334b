package io.brandcloud.platform.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tenant records of the platform schema, with their domains. */
public interface TenantRepository {

  /** Stores a new tenant; it has its id when this returns. */
  void add(Tenant tenant);

  /** Writes the changes made to a tenant now, so a clash fails here and not at commit. */
  void saveChanges(Tenant tenant);

  /** Removes the tenant, if it exists. */
  void remove(long tenantId);

  /** Every tenant with its domains, by slug. */
  List<Tenant> all();

  /** A page of the tenants whose slug or name holds {@code search} (any case), by slug. */
  Page<Tenant> page(String search, PageRequest page);

  /** How many customer organisations each of these tenants has, by tenant id. */
  Map<Long, Long> customersPerTenant(List<Tenant> tenants);

  /** How many tenants each placement holds (placements without tenants are missing). */
  Map<String, Long> tenantsPerPlacement();

  Optional<Tenant> find(long tenantId);

  Optional<Tenant> bySlug(String slug);

  /** The tenant that the host name serves. */
  Optional<Tenant> byDomain(String domain);
}
