package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.BackupRemedyRecords;
import io.brandcloud.billing.domain.BackupShares.BackupPrice;
import io.brandcloud.billing.domain.BackupShares.Change;
import io.brandcloud.billing.domain.BackupShares.Charge;
import io.brandcloud.billing.domain.BackupShares.History;
import io.brandcloud.billing.domain.BackupShares.Kind;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The remedy's reads and writes in SQL over the audit log, the charges and the invoices. */
@ApplicationScoped
public class JpaBackupRemedyRecords implements BackupRemedyRecords {

  private static final Pattern ON_PLAN = Pattern.compile(" on plan (.+?)( with backups)?$");
  private static final Pattern BACKUP_PRICE = Pattern.compile("backup=(\\S+)");
  private static final Pattern ID = Pattern.compile("^(?:server|plan) (\\d+)$");

  @PersistenceContext EntityManager em;

  @Override
  public boolean claim(String name, Instant now) {
    return em.createNativeQuery(
                "INSERT INTO billing_remedies (name, done_at, summary) VALUES (?1, ?2, '')"
                    + " ON CONFLICT (name) DO NOTHING")
            .setParameter(1, name)
            .setParameter(2, now)
            .executeUpdate()
        == 1;
  }

  @Override
  public void finish(String name, String summary) {
    em.createNativeQuery("UPDATE billing_remedies SET summary = ?2 WHERE name = ?1")
        .setParameter(1, name)
        .setParameter(2, summary.length() > 2000 ? summary.substring(0, 2000) : summary)
        .executeUpdate();
  }

  @Override
  public void holdCharging() {
    em.createNativeQuery("LOCK TABLE usage_charges IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
  }

  @Override
  public Instant oldBillingUntil(Instant now) {
    List<?> migrated =
        em.createNativeQuery(
                "SELECT dateexecuted FROM databasechangelog"
                    + " WHERE id = 'tenant-038-backups-confirmed'")
            .getResultList();
    if (!migrated.isEmpty() && migrated.get(0) != null) {
      return SqlValues.instant(migrated.get(0));
    }
    Object firstSign =
        em.createNativeQuery(
                "SELECT least((SELECT min(backup_confirmed_at) FROM servers),"
                    + " (SELECT min(requested_at) FROM server_actions"
                    + " WHERE action IN ('ENABLE_BACKUPS', 'DISABLE_BACKUPS')))")
            .getSingleResult();
    return firstSign == null ? now : SqlValues.instant(firstSign);
  }

  @Override
  public List<ServerPast> serversThatHadBackups() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT s.id, s.organisation_id, s.plan_id, s.created_at, s.backup FROM servers s"
                    + " WHERE s.backup OR EXISTS (SELECT 1 FROM audit_log a"
                    + " WHERE a.target = 'server ' || s.id AND (a.action IN ('server.backup_on',"
                    + " 'server.backup_off') OR (a.action = 'server.created'"
                    + " AND a.details LIKE '% with backups'))) ORDER BY s.id")
            .getResultList();
    List<ServerPast> servers = new ArrayList<>();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      servers.add(
          new ServerPast(
              SqlValues.toLong(r[0]),
              SqlValues.toLong(r[1]),
              SqlValues.toLong(r[2]),
              SqlValues.instant(r[3]),
              (Boolean) r[4]));
    }
    return servers;
  }

  @Override
  public Map<Long, History> histories(List<ServerPast> servers) {
    Map<String, Long> plansByName = plansByName();
    Map<Long, List<Change>> changes = new HashMap<>();
    Map<Long, Object[]> ordered = new HashMap<>();
    String ids = ids(servers);
    for (Object row :
        em.createNativeQuery(
                "SELECT target, action, details, occurred_at FROM audit_log"
                    + " WHERE action IN ('server.created', 'server.backup_on', 'server.backup_off')"
                    + " AND target IN (SELECT 'server ' || id FROM"
                    + " unnest(CAST(string_to_array(?1, ',') AS bigint[])) id)"
                    + " ORDER BY occurred_at, id")
            .setParameter(1, ids)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long server = idOf((String) r[0]);
      Instant at = SqlValues.instant(r[3]);
      switch ((String) r[1]) {
        case "server.created" -> ordered.put(server, new Object[] {r[2], at});
        case "server.backup_on" ->
            changes
                .computeIfAbsent(server, k -> new ArrayList<>())
                .add(new Change(at, Kind.BACKUP_ON, null));
        default ->
            changes
                .computeIfAbsent(server, k -> new ArrayList<>())
                .add(new Change(at, Kind.BACKUP_OFF, null));
      }
    }
    for (Object row :
        em.createNativeQuery(
                "SELECT server_id, parameter, finished_at FROM server_actions WHERE action = 'RESIZE'"
                    + " AND status = 'SUCCEEDED'"
                    + " AND server_id = ANY (CAST(string_to_array(?1, ',') AS bigint[]))"
                    + " ORDER BY finished_at, id")
            .setParameter(1, ids)
            .getResultList()) {
      Object[] r = (Object[]) row;
      long server = SqlValues.toLong(r[0]);
      long plan = Long.parseLong((String) r[1]);
      changes
          .computeIfAbsent(server, k -> new ArrayList<>())
          .add(new Change(SqlValues.instant(r[2]), Kind.RESIZED, plan));
    }
    Map<Long, History> histories = new HashMap<>();
    for (ServerPast server : servers) {
      Object[] order = ordered.get(server.id());
      String details = order == null ? "" : String.valueOf(order[0]);
      Matcher plan = ON_PLAN.matcher(details);
      boolean named = plan.find();
      // its first plan: the one it was ordered on, by name (the order names no id)
      long firstPlan =
          named && plansByName.containsKey(plan.group(1))
              ? plansByName.get(plan.group(1))
              : server.planId();
      List<Change> changed = changes.getOrDefault(server.id(), List.of());
      // a server older than the audit of orders, never switched since, has had what it has now
      boolean withBackups =
          order == null
              ? server.backupNow() && changed.stream().noneMatch(c -> c.kind() != Kind.RESIZED)
              : named && plan.group(2) != null;
      histories.put(
          server.id(),
          new History(
              server.id(),
              order == null ? server.createdAt() : (Instant) order[1],
              firstPlan,
              withBackups,
              changed));
    }
    return histories;
  }

  @Override
  public List<BackupPrice> backupPrices() {
    List<BackupPrice> prices = new ArrayList<>();
    Set<Long> changed = new HashSet<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT target, details, occurred_at FROM audit_log WHERE action = 'plan.repriced'"
                    + " ORDER BY occurred_at, id")
            .getResultList()) {
      Object[] r = (Object[]) row;
      Matcher price = BACKUP_PRICE.matcher(String.valueOf(r[1]));
      if (!price.find()) {
        continue;
      }
      long plan = idOf((String) r[0]);
      changed.add(plan);
      prices.add(new BackupPrice(plan, SqlValues.instant(r[2]), decimalOrNull(price.group(1))));
    }
    for (Object row :
        em.createNativeQuery("SELECT id, backup_monthly_price, created_at FROM plans")
            .getResultList()) {
      Object[] r = (Object[]) row;
      long plan = SqlValues.toLong(r[0]);
      if (!changed.contains(plan) && r[1] != null) {
        prices.add(new BackupPrice(plan, Instant.EPOCH, (BigDecimal) r[1]));
      }
    }
    return prices;
  }

  @Override
  public List<PaidCharge> chargesOf(long serverId) {
    List<PaidCharge> charges = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT u.id, u.server_id, u.period_start, u.created_at, u.amount, w.organisation_id"
                    + " FROM usage_charges u JOIN wallets w ON w.id = u.wallet_id"
                    + " WHERE u.server_id = ?1 ORDER BY u.id")
            .setParameter(1, serverId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      charges.add(
          new PaidCharge(
              new Charge(
                  SqlValues.toLong(r[0]),
                  SqlValues.toLong(r[1]),
                  SqlValues.instant(r[2]),
                  SqlValues.instant(r[3]),
                  (BigDecimal) r[4]),
              SqlValues.toLong(r[5])));
    }
    return charges;
  }

  @Override
  public Optional<Long> invoiceOf(long organisationId, LocalDate monthStart) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM invoices WHERE kind = 'USAGE' AND organisation_id = ?1 AND period_start = ?2")
            .setParameter(1, organisationId)
            .setParameter(2, monthStart)
            .getResultList();
    return rows.stream().map(id -> SqlValues.toLong(id)).findFirst();
  }

  @Override
  public void lower(Map<Long, BigDecimal> sharesByCharge) {
    if (sharesByCharge.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "UPDATE usage_charges u SET amount = u.amount - v.share"
                + " FROM unnest(CAST(string_to_array(?1, ',') AS bigint[]),"
                + " CAST(string_to_array(?2, ',') AS numeric[])) AS v(id, share) WHERE u.id = v.id")
        .setParameter(
            1, String.join(",", sharesByCharge.keySet().stream().map(String::valueOf).toList()))
        .setParameter(
            2,
            String.join(
                ",", sharesByCharge.values().stream().map(BigDecimal::toPlainString).toList()))
        .executeUpdate();
  }

  private Map<String, Long> plansByName() {
    Map<String, Long> plans = new HashMap<>();
    for (Object row :
        em.createNativeQuery("SELECT id, name FROM plans ORDER BY id").getResultList()) {
      Object[] r = (Object[]) row;
      plans.putIfAbsent((String) r[1], SqlValues.toLong(r[0]));
    }
    return plans;
  }

  private static String ids(List<ServerPast> servers) {
    return String.join(",", servers.stream().map(s -> Long.toString(s.id())).toList());
  }

  private static long idOf(String target) {
    Matcher id = ID.matcher(target);
    if (!id.matches()) {
      throw new IllegalStateException("Not a server or plan: " + target);
    }
    return Long.parseLong(id.group(1));
  }

  private static BigDecimal decimalOrNull(String text) {
    try {
      return "null".equals(text) ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
