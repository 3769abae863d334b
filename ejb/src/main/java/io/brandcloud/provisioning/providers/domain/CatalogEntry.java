package io.brandcloud.provisioning.providers.domain;

import java.math.BigDecimal;

/**
 * One plan, region or image a connection's provider offers, as the last sync found it: plans with
 * their size and what they cost a month (in {@code costCurrency}, or the tenant's own where staff
 * set the cost), regions and images with whether the reseller offers them, and whether the provider
 * still listed it.
 */
public record CatalogEntry(
    long connectionId,
    Kind kind,
    String code,
    String name,
    Integer vcpus,
    Integer memoryMb,
    Integer diskGb,
    BigDecimal monthlyCost,
    String costCurrency,
    boolean offered,
    boolean available) {

  /** What the entry is. */
  public enum Kind {
    PLAN,
    REGION,
    IMAGE
  }
}
