package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.DailyUsage;
import io.brandcloud.billing.domain.LedgerDrift;
import io.brandcloud.billing.domain.LedgerEntry;
import io.brandcloud.billing.domain.LedgerEntryType;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.UsagePeriod;
import io.brandcloud.billing.domain.Wallet;
import io.brandcloud.billing.domain.WalletLedger;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaWalletLedger implements WalletLedger {

  @PersistenceContext EntityManager em;

  @Override
  public void open(long organisationId, Currency currency, Instant at) {
    em.createNativeQuery(
            "INSERT INTO wallets (organisation_id, currency, balance, created_at)"
                + " SELECT ?1, ?2, 0, ?3 WHERE EXISTS (SELECT 1 FROM organisations WHERE id = ?1)"
                + " ON CONFLICT (organisation_id) DO NOTHING")
        .setParameter(1, organisationId)
        .setParameter(2, currency.getCurrencyCode())
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }

  @Override
  public Optional<Wallet> ofOrganisation(long organisationId) {
    return em.createQuery(
            "select w from Wallet w where w.organisationId = :organisation", Wallet.class)
        .setParameter("organisation", organisationId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public BigDecimal balance(long walletId) {
    return (BigDecimal)
        em.createNativeQuery("SELECT balance FROM wallets WHERE id = ?1")
            .setParameter(1, walletId)
            .getSingleResult();
  }

  @Override
  public BigDecimal spentSince(long walletId, Instant from) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(-sum(amount), 0) FROM ledger_entries WHERE wallet_id = ?1"
                    + " AND created_at >= ?2 AND type IN ('USAGE_CHARGE', 'SUBSCRIPTION')")
            .setParameter(1, walletId)
            .setParameter(2, Timestamp.from(from))
            .getSingleResult();
  }

  @Override
  public boolean hasSpent(long walletId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM ledger_entries WHERE wallet_id = ?1 AND amount < 0"
                + " AND type IN ('USAGE_CHARGE', 'SUBSCRIPTION') LIMIT 1")
        .setParameter(1, walletId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public BigDecimal balanceForUpdate(long walletId) {
    return (BigDecimal)
        em.createNativeQuery("SELECT balance FROM wallets WHERE id = ?1 FOR UPDATE")
            .setParameter(1, walletId)
            .getSingleResult();
  }

  @Override
  public BigDecimal creditsGiven(long walletId) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(sum(amount), 0) FROM ledger_entries"
                    + " WHERE wallet_id = ?1 AND type = 'CREDIT'")
            .setParameter(1, walletId)
            .getSingleResult();
  }

  @Override
  public BigDecimal sum(long walletId) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(sum(amount), 0) FROM ledger_entries WHERE wallet_id = ?1")
            .setParameter(1, walletId)
            .getSingleResult();
  }

  @Override
  public Optional<Long> append(
      long walletId,
      LedgerEntryType type,
      BigDecimal amount,
      String reference,
      LedgerText text,
      String actor,
      Instant at) {
    List<?> inserted =
        em.createNativeQuery(
                "INSERT INTO ledger_entries (wallet_id, type, amount, reference, description,"
                    + " wording, wording_values, created_by, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
                    + " ON CONFLICT (reference) DO NOTHING RETURNING id")
            .setParameter(1, walletId)
            .setParameter(2, type.name())
            .setParameter(3, amount)
            .setParameter(4, reference)
            .setParameter(5, text.english())
            .setParameter(6, text.wordingName())
            .setParameter(7, text.valuesJson())
            .setParameter(8, actor)
            .setParameter(9, Timestamp.from(at))
            .getResultList();
    if (inserted.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery("UPDATE wallets SET balance = balance + ?1 WHERE id = ?2")
        .setParameter(1, amount)
        .setParameter(2, walletId)
        .executeUpdate();
    return Optional.of(SqlValues.toLong(inserted.get(0)));
  }

  @Override
  public Optional<LedgerEntry> entry(long entryId) {
    return Optional.ofNullable(em.find(LedgerEntry.class, entryId));
  }

  @Override
  public Page<LedgerEntry> entries(long walletId, PageRequest page) {
    return QueryPages.of(
        newestFirst(walletId),
        em.createQuery("select count(e) from LedgerEntry e where e.walletId = :wallet", Long.class)
            .setParameter("wallet", walletId),
        page);
  }

  @Override
  public List<LedgerEntry> latestEntries(long walletId, int limit) {
    return newestFirst(walletId).setMaxResults(limit).getResultList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<DailyUsage> dailyUsage(long walletId, Instant from, ZoneId zone) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(created_at AT TIME ZONE ?1 AS date) AS day, -sum(amount)"
                    + " FROM ledger_entries WHERE wallet_id = ?2 AND type = 'USAGE_CHARGE'"
                    + " AND created_at >= ?3 GROUP BY 1 ORDER BY 1")
            .setParameter(1, zone.getId())
            .setParameter(2, walletId)
            .setParameter(3, Timestamp.from(from))
            .getResultList();
    return rows.stream()
        .map(r -> new DailyUsage(SqlValues.localDate(r[0]), (BigDecimal) r[1]))
        .toList();
  }

  @Override
  public BigDecimal serverUsageSince(long walletId, long serverId, Instant from) {
    return (BigDecimal)
        em.createNativeQuery(
                "SELECT coalesce(sum(amount), 0) FROM (SELECT amount FROM usage_charges"
                    + " WHERE wallet_id = ?1 AND server_id = ?2 AND period_start >= ?3"
                    + " UNION ALL SELECT c.amount FROM snapshot_charges c"
                    + " JOIN server_snapshots p ON p.id = c.snapshot_id WHERE c.wallet_id = ?1"
                    + " AND p.server_id = ?2 AND c.period_start >= ?3"
                    + " UNION ALL SELECT c.amount FROM volume_charges c"
                    + " JOIN volumes v ON v.id = c.volume_id WHERE c.wallet_id = ?1"
                    + " AND v.server_id = ?2 AND c.period_start >= ?3"
                    + " UNION ALL SELECT c.amount FROM address_charges c"
                    + " JOIN extra_addresses a ON a.id = c.address_id WHERE c.wallet_id = ?1"
                    + " AND a.server_id = ?2 AND c.period_start >= ?3) charged")
            .setParameter(1, walletId)
            .setParameter(2, serverId)
            .setParameter(3, Timestamp.from(from))
            .getSingleResult();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<Long, UsagePeriod> usagePeriods(Collection<Long> chargeIds) {
    if (chargeIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT uc.id, s.hostname, uc.period_start FROM usage_charges uc"
                    + " JOIN servers s ON s.id = uc.server_id WHERE uc.id IN (:ids)")
            .setParameter("ids", List.copyOf(chargeIds))
            .getResultList();
    Map<Long, UsagePeriod> periods = new HashMap<>();
    for (Object[] row : rows) {
      periods.put(
          SqlValues.toLong(row[0]), new UsagePeriod((String) row[1], SqlValues.instant(row[2])));
    }
    return periods;
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<LedgerDrift> drift() {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT w.id, w.organisation_id, w.balance, coalesce(l.total, 0) FROM wallets w"
                    + " LEFT JOIN (SELECT wallet_id, sum(amount) AS total FROM ledger_entries"
                    + " GROUP BY wallet_id) l ON l.wallet_id = w.id"
                    + " WHERE w.balance <> coalesce(l.total, 0) ORDER BY w.id")
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new LedgerDrift(
                    SqlValues.toLong(r[0]),
                    SqlValues.toLong(r[1]),
                    (BigDecimal) r[2],
                    (BigDecimal) r[3]))
        .toList();
  }

  private TypedQuery<LedgerEntry> newestFirst(long walletId) {
    return em.createQuery(
            "select e from LedgerEntry e where e.walletId = :wallet"
                + " order by e.createdAt desc, e.id desc",
            LedgerEntry.class)
        .setParameter("wallet", walletId);
  }
}
