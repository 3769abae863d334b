package io.brandcloud.provisioning.providers.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's copy of what each connection's provider offers ({@code provider_catalog}).
 */
public interface ProviderCatalog {

  /**
   * Stores what a sync found: new entries are offered, known ones keep whether the reseller offers
   * them (and a cost staff set), and entries the provider no longer lists become unavailable.
   */
  void replace(long connectionId, List<CatalogEntry> found, Instant syncedAt);

  List<CatalogEntry> of(long connectionId, CatalogEntry.Kind kind);

  Optional<CatalogEntry> find(long connectionId, CatalogEntry.Kind kind, String code);

  /** Whether the reseller offers a region or image; false for ones the provider stopped listing. */
  boolean offers(long connectionId, CatalogEntry.Kind kind, String code);

  void offer(long connectionId, CatalogEntry.Kind kind, String code, boolean offered);

  /** A plan's monthly cost set by staff, in {@code currency} (a provider that lists none). */
  void setCost(long connectionId, String planCode, BigDecimal monthlyCost, String currency);
}
