package io.brandcloud.provisioning.transfer.infrastructure;

import io.brandcloud.provisioning.transfer.domain.HourlyTraffic;
import io.brandcloud.provisioning.transfer.domain.Overage;
import io.brandcloud.provisioning.transfer.domain.TrafficRepository;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.TenantSettingsPrice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@ApplicationScoped
public class JpaTrafficRepository implements TrafficRepository {

  private static final TenantSettingsPrice PRICE =
      new TenantSettingsPrice("transfer_overage_gb_price");

  /** Only servers whose plan includes a stated transfer count: unmetered ones draw on no pool. */
  private static final String METERED =
      " JOIN plans p ON p.id = s.plan_id JOIN provider_catalog c ON c.connection_id = p.connection_id"
          + " AND c.kind = 'PLAN' AND c.code = p.provider_plan_code AND c.transfer_gb > 0";

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Instant> readUntil(long serverId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT max(hour) + interval '1 hour' FROM server_traffic WHERE server_id = ?1")
            .setParameter(1, serverId)
            .getResultList();
    return rows.stream().filter(Objects::nonNull).findFirst().map(SqlValues::instant);
  }

  @Override
  public void record(long serverId, List<HourlyTraffic> hours) {
    for (HourlyTraffic hour : hours) {
      em.createNativeQuery(
              "INSERT INTO server_traffic (server_id, hour, bytes_in, bytes_out)"
                  + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (server_id, hour)"
                  + " DO UPDATE SET bytes_in = greatest(server_traffic.bytes_in, excluded.bytes_in),"
                  + " bytes_out = greatest(server_traffic.bytes_out, excluded.bytes_out)")
          .setParameter(1, serverId)
          .setParameter(2, Timestamp.from(hour.hour()))
          .setParameter(3, hour.bytesIn())
          .setParameter(4, hour.bytesOut())
          .executeUpdate();
    }
  }

  @Override
  public BigDecimal includedGb(long organisationId, Instant from, Instant to) {
    Object included =
        em.createNativeQuery(
                "SELECT coalesce(sum(c.transfer_gb * extract(epoch FROM"
                    + " least(coalesce(s.billed_until, ?3), ?3) - greatest(s.billable_from, ?2))"
                    + " / extract(epoch FROM CAST(?3 AS timestamptz) - ?2)), 0)"
                    + " FROM servers s"
                    + METERED
                    + " WHERE s.organisation_id = ?1"
                    + " AND s.billable_from < ?3 AND (s.billed_until IS NULL OR s.billed_until > ?2)")
            .setParameter(1, organisationId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getSingleResult();
    return new BigDecimal(included.toString());
  }

  @Override
  public long bytesOut(long organisationId, Instant from, Instant to) {
    Object bytes =
        em.createNativeQuery(
                "SELECT coalesce(sum(t.bytes_out), 0) FROM server_traffic t"
                    + " JOIN servers s ON s.id = t.server_id"
                    + METERED
                    + " WHERE s.organisation_id = ?1 AND t.hour >= ?2 AND t.hour < ?3")
            .setParameter(1, organisationId)
            .setParameter(2, Timestamp.from(from))
            .setParameter(3, Timestamp.from(to))
            .getSingleResult();
    return ((Number) bytes).longValue();
  }

  @Override
  public List<Long> organisationsWithTraffic(
      Instant from, Instant to, LocalDate month, int notWarnedAt) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT DISTINCT s.organisation_id FROM server_traffic t"
                    + " JOIN servers s ON s.id = t.server_id"
                    + METERED
                    + " WHERE t.hour >= ?1 AND t.hour < ?2 AND t.bytes_out > 0"
                    + " AND NOT EXISTS (SELECT 1 FROM transfer_notices n"
                    + " WHERE n.organisation_id = s.organisation_id AND n.month = ?3"
                    + " AND n.percent = ?4) ORDER BY 1")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .setParameter(3, month)
            .setParameter(4, notWarnedAt)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).toList();
  }

  @Override
  public long serversNotReadUntil(Instant from, Instant to) {
    Object count =
        em.createNativeQuery(
                "SELECT count(*) FROM servers s"
                    + METERED
                    + " JOIN LATERAL (SELECT max(t.hour) + interval '1 hour' AS read_until"
                    + " FROM server_traffic t WHERE t.server_id = s.id) r ON r.read_until IS NOT NULL"
                    + " WHERE s.billable_from < ?2 AND (s.billed_until IS NULL OR s.billed_until > ?1)"
                    + " AND r.read_until < least(CAST(?2 AS timestamptz),"
                    + " date_trunc('hour', coalesce(s.billed_until, ?2)))")
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to))
            .getSingleResult();
    return ((Number) count).longValue();
  }

  @Override
  public boolean chargeOverage(long organisationId, LocalDate month, Overage overage, Instant at) {
    Object charged =
        em.createNativeQuery(
                "WITH charged AS ("
                    + " INSERT INTO transfer_overages (organisation_id, month, wallet_id, included_gb,"
                    + " used_gb, over_gb, gb_price, amount, created_at)"
                    + " SELECT ?1, ?2, w.id, ?3, ?4, ?5, ?6, ?7, ?8 FROM wallets w"
                    + " WHERE w.organisation_id = ?1"
                    // a month invoiced already (before a price was set) would not show it
                    + " AND NOT EXISTS (SELECT 1 FROM invoices i WHERE i.kind = 'USAGE'"
                    + " AND i.organisation_id = ?1 AND i.period_start = ?2)"
                    + " ON CONFLICT (organisation_id, month) DO NOTHING"
                    + " RETURNING id, wallet_id, amount"
                    + "), ledger AS ("
                    + " INSERT INTO ledger_entries (wallet_id, type, amount, reference, description,"
                    + " wording, wording_values, created_by, created_at)"
                    + " SELECT wallet_id, 'USAGE_CHARGE', -amount, 'transfer:' || id,"
                    + " 'Transfer above the pool in ' || ?9, 'TRANSFER', json_build_array(?9)::text,"
                    + " 'invoicing', ?8 FROM charged"
                    + "), debited AS ("
                    + " UPDATE wallets w SET balance = w.balance - c.amount FROM charged c"
                    + " WHERE w.id = c.wallet_id RETURNING w.id"
                    + ") SELECT count(*) FROM debited")
            .setParameter(1, organisationId)
            .setParameter(2, month)
            .setParameter(3, overage.includedGb())
            .setParameter(4, overage.usedGb())
            .setParameter(5, overage.overGb())
            .setParameter(6, overage.gbPrice())
            .setParameter(7, overage.amount())
            .setParameter(8, Timestamp.from(at))
            .setParameter(9, java.time.YearMonth.from(month).toString())
            .getSingleResult();
    return ((Number) charged).longValue() == 1;
  }

  @Override
  public Optional<BigDecimal> overageGbPrice() {
    return PRICE.read(em);
  }

  @Override
  public void setOverageGbPrice(BigDecimal price) {
    PRICE.write(em, price);
  }

  @Override
  public boolean noteWarning(long organisationId, LocalDate month, int percent, Instant at) {
    return em.createNativeQuery(
                "INSERT INTO transfer_notices (organisation_id, month, percent, sent_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, organisationId)
            .setParameter(2, month)
            .setParameter(3, percent)
            .setParameter(4, Timestamp.from(at))
            .executeUpdate()
        == 1;
  }
}
