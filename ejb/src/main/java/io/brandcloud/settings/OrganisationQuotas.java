package io.brandcloud.settings;

import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The limits that hold for an organisation, read and written in the caller's transaction: its own
 * where staff set them, else the tenant's defaults. The services that take orders ask here after
 * they checked who orders.
 */
@ApplicationScoped
public class OrganisationQuotas {

  @PersistenceContext EntityManager em;

  public QuotaLimits of(long organisationId) {
    List<?> own =
        em.createNativeQuery(
                "SELECT max_servers, max_monthly_spend, products_limited FROM organisation_quotas"
                    + " WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    if (own.isEmpty()) {
      return defaults();
    }
    Object[] row = (Object[]) own.get(0);
    boolean limited = (Boolean) row[2];
    return new QuotaLimits(
        SqlValues.intOrNull(row[0]),
        (BigDecimal) row[1],
        limited,
        limited ? products(organisationId) : Set.of(),
        true);
  }

  public QuotaLimits defaults() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT max_servers, max_monthly_spend FROM quota_defaults WHERE id")
                .getSingleResult();
    return new QuotaLimits(
        SqlValues.intOrNull(row[0]), (BigDecimal) row[1], false, Set.of(), false);
  }

  void changeDefaults(Integer maxServers, BigDecimal maxMonthlySpend, Instant now) {
    em.createNativeQuery(
            "UPDATE quota_defaults SET max_servers = ?1, max_monthly_spend = ?2, updated_at = ?3"
                + " WHERE id")
        .setParameter(1, maxServers)
        .setParameter(2, maxMonthlySpend)
        .setParameter(3, Timestamp.from(now))
        .executeUpdate();
  }

  void change(long organisationId, QuotaLimits limits, Instant now) {
    em.createNativeQuery("DELETE FROM organisation_quota_products WHERE organisation_id = ?1")
        .setParameter(1, organisationId)
        .executeUpdate();
    if (!limits.own()) {
      em.createNativeQuery("DELETE FROM organisation_quotas WHERE organisation_id = ?1")
          .setParameter(1, organisationId)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "INSERT INTO organisation_quotas (organisation_id, max_servers, max_monthly_spend,"
                + " products_limited, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)"
                + " ON CONFLICT (organisation_id) DO UPDATE SET max_servers = excluded.max_servers,"
                + " max_monthly_spend = excluded.max_monthly_spend,"
                + " products_limited = excluded.products_limited, updated_at = excluded.updated_at")
        .setParameter(1, organisationId)
        .setParameter(2, limits.maxServers())
        .setParameter(3, limits.maxMonthlySpend())
        .setParameter(4, limits.productsLimited())
        .setParameter(5, Timestamp.from(now))
        .executeUpdate();
    for (long product : limits.productIds()) {
      em.createNativeQuery(
              "INSERT INTO organisation_quota_products (organisation_id, product_id) VALUES (?1, ?2)")
          .setParameter(1, organisationId)
          .setParameter(2, product)
          .executeUpdate();
    }
  }

  private Set<Long> products(long organisationId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT product_id FROM organisation_quota_products WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getResultList();
    return rows.stream().map(SqlValues::toLong).collect(Collectors.toUnmodifiableSet());
  }
}
