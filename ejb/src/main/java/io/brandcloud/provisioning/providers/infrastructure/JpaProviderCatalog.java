package io.brandcloud.provisioning.providers.infrastructure;

import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.CatalogEntry.Kind;
import io.brandcloud.provisioning.providers.domain.ProviderCatalog;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProviderCatalog implements ProviderCatalog {

  private static final String COLUMNS =
      "SELECT connection_id, kind, code, name, vcpus, memory_mb, disk_gb, monthly_cost,"
          + " cost_currency, offered, available, transfer_gb, country FROM provider_catalog";

  @PersistenceContext EntityManager em;

  @Override
  public void replace(long connectionId, List<CatalogEntry> found, Instant syncedAt) {
    Timestamp at = Timestamp.from(syncedAt);
    for (CatalogEntry entry : found) {
      em.createNativeQuery(
              "INSERT INTO provider_catalog (connection_id, kind, code, name, vcpus, memory_mb,"
                  + " disk_gb, monthly_cost, cost_currency, available, synced_at, transfer_gb,"
                  + " country) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, TRUE, ?10, ?11, ?12)"
                  + " ON CONFLICT (connection_id, kind, code) DO UPDATE SET name = excluded.name,"
                  + " vcpus = excluded.vcpus, memory_mb = excluded.memory_mb,"
                  + " disk_gb = excluded.disk_gb, available = TRUE, synced_at = excluded.synced_at,"
                  + " transfer_gb = excluded.transfer_gb, country = excluded.country,"
                  + " monthly_cost = CASE WHEN provider_catalog.cost_by_staff"
                  + " THEN provider_catalog.monthly_cost ELSE excluded.monthly_cost END,"
                  + " cost_currency = CASE WHEN provider_catalog.cost_by_staff"
                  + " THEN provider_catalog.cost_currency ELSE excluded.cost_currency END")
          .setParameter(1, connectionId)
          .setParameter(2, entry.kind().name())
          .setParameter(3, entry.code())
          .setParameter(4, entry.name())
          .setParameter(5, entry.vcpus())
          .setParameter(6, entry.memoryMb())
          .setParameter(7, entry.diskGb())
          .setParameter(8, entry.monthlyCost())
          .setParameter(9, entry.costCurrency())
          .setParameter(10, at)
          .setParameter(11, entry.transferGb())
          .setParameter(12, entry.country())
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE provider_catalog SET available = FALSE WHERE connection_id = ?1"
                + " AND synced_at < ?2")
        .setParameter(1, connectionId)
        .setParameter(2, at)
        .executeUpdate();
  }

  @Override
  public List<CatalogEntry> of(long connectionId, Kind kind) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " WHERE connection_id = ?1 AND kind = ?2 ORDER BY code")
            .setParameter(1, connectionId)
            .setParameter(2, kind.name())
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaProviderCatalog::entry).toList();
  }

  @Override
  public Optional<CatalogEntry> find(long connectionId, Kind kind, String code) {
    List<?> rows =
        em.createNativeQuery(COLUMNS + " WHERE connection_id = ?1 AND kind = ?2 AND code = ?3")
            .setParameter(1, connectionId)
            .setParameter(2, kind.name())
            .setParameter(3, code)
            .getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaProviderCatalog::entry).findFirst();
  }

  @Override
  public boolean offers(long connectionId, Kind kind, String code) {
    return find(connectionId, kind, code)
        .map(entry -> entry.offered() && entry.available())
        .orElse(false);
  }

  @Override
  public void offer(long connectionId, Kind kind, String code, boolean offered) {
    em.createNativeQuery(
            "UPDATE provider_catalog SET offered = ?4 WHERE connection_id = ?1 AND kind = ?2"
                + " AND code = ?3")
        .setParameter(1, connectionId)
        .setParameter(2, kind.name())
        .setParameter(3, code)
        .setParameter(4, offered)
        .executeUpdate();
  }

  @Override
  public void setCost(long connectionId, String planCode, BigDecimal monthlyCost, String currency) {
    em.createNativeQuery(
            "UPDATE provider_catalog SET monthly_cost = ?3, cost_currency = ?4,"
                + " cost_by_staff = TRUE WHERE connection_id = ?1 AND kind = 'PLAN' AND code = ?2")
        .setParameter(1, connectionId)
        .setParameter(2, planCode)
        .setParameter(3, monthlyCost)
        .setParameter(4, currency)
        .executeUpdate();
  }

  private static CatalogEntry entry(Object[] r) {
    return new CatalogEntry(
        SqlValues.toLong(r[0]),
        Kind.valueOf((String) r[1]),
        (String) r[2],
        (String) r[3],
        SqlValues.intOrNull(r[4]),
        SqlValues.intOrNull(r[5]),
        SqlValues.intOrNull(r[6]),
        SqlValues.intOrNull(r[11]),
        (BigDecimal) r[7],
        r[8] == null ? null : ((String) r[8]).strip(),
        (Boolean) r[9],
        (Boolean) r[10],
        (String) r[12]);
  }
}
