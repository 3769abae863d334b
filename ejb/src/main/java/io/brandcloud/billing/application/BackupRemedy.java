package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BackupShares;
import io.brandcloud.billing.domain.BackupShares.History;
import io.brandcloud.billing.infrastructure.BackupRemedyRecords;
import io.brandcloud.billing.infrastructure.BackupRemedyRecords.PaidCharge;
import io.brandcloud.billing.infrastructure.BackupRemedyRecords.ServerPast;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Gives back what was billed for backups no provider ever switched on (until the add-on waited for
 * the provider's confirmation, it was billed from the order on): once per tenant, in one
 * transaction that keeps hourly charging out. Each charge's share is worked out again from the
 * servers' history ({@link BackupShares}); an invoiced month gets a credit note for its shares
 * (refunded to the wallet with their tax), a month not yet invoiced has its charges lowered and the
 * shares returned to the wallet, so its invoice bills what was owed. The servers' prices lose the
 * share at once; where the provider can switch backups on it is asked to, and the add-on is billed
 * again once it has. Every organisation's remedy is in the audit log.
 */
@Stateless
public class BackupRemedy {

  static final String NAME = "backups-billed-never-on";
  static final String ACTOR = "backup-remedy";
  static final String REASON = "Backups billed but never switched on";

  @Inject BackupRemedyRecords records;
  @EJB CreditNotes creditNotes;
  @EJB Wallets wallets;
  @EJB Servers servers;
  @Inject AuditLog audit;
  @Inject ApplicationClock clock;

  /** What one organisation gets back. */
  private record OrganisationMonth(long organisationId, YearMonth month) {}

  /** Runs the remedy in this tenant unless it ran before; answers what it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> runOnce() {
    CurrentCaller.requirePrivileged();
    Instant now = clock.now();
    if (!records.claim(NAME, now)) {
      return Optional.empty();
    }
    records.holdCharging();
    List<ServerPast> past = records.serversThatHadBackups();
    if (past.isEmpty()) {
      records.finish(NAME, "no server ever had the backup add-on");
      return Optional.of("nothing to give back");
    }
    Instant oldBilling = records.confirmedBillingSince(now);
    BackupShares shares = new BackupShares(records.backupPrices(oldBilling));
    Map<Long, History> histories = records.histories(past, oldBilling);
    ZoneId zone = CurrentTenant.require().timeZone();
    Map<Long, Map<Long, BigDecimal>> invoiced = new TreeMap<>();
    Map<OrganisationMonth, Map<Long, BigDecimal>> open =
        new TreeMap<>(
            java.util.Comparator.comparing(OrganisationMonth::organisationId)
                .thenComparing(OrganisationMonth::month));
    Map<Long, Long> ownerOfInvoice = new TreeMap<>();
    Map<Long, List<PaidCharge>> charges =
        records.charges(past).stream()
            .collect(Collectors.groupingBy(paid -> paid.charge().serverId()));
    for (ServerPast server : past) {
      List<PaidCharge> paidForServer = charges.getOrDefault(server.id(), List.of());
      Map<Long, BigDecimal> ofServer =
          shares.of(
              histories.get(server.id()), paidForServer.stream().map(PaidCharge::charge).toList());
      for (PaidCharge paid : paidForServer) {
        BigDecimal share = ofServer.get(paid.charge().id());
        if (share == null) {
          continue;
        }
        YearMonth month = YearMonth.from(paid.charge().periodStart().atZone(zone));
        Optional<Long> invoice = records.invoiceOf(paid.organisationId(), month.atDay(1));
        if (invoice.isPresent()) {
          invoiced
              .computeIfAbsent(invoice.get(), k -> new TreeMap<>())
              .put(paid.charge().id(), share);
          ownerOfInvoice.put(invoice.get(), paid.organisationId());
        } else {
          open.computeIfAbsent(
                  new OrganisationMonth(paid.organisationId(), month), k -> new TreeMap<>())
              .put(paid.charge().id(), share);
        }
      }
    }
    Map<Long, BigDecimal> given = new TreeMap<>();
    open.forEach(
        (key, ofMonth) ->
            given.merge(key.organisationId(), returnOpen(key, ofMonth), BigDecimal::add));
    invoiced.forEach(
        (invoice, ofInvoice) ->
            given.merge(
                ownerOfInvoice.get(invoice),
                credit(ownerOfInvoice.get(invoice), invoice, ofInvoice),
                BigDecimal::add));
    for (ServerPast server : past) {
      BackupShares.Current left = shares.current(histories.get(server.id()));
      servers.takeOffUnconfirmedBackup(server.id(), left.hourly(), left.previous());
    }
    given.forEach(
        (organisation, amount) ->
            audit.record(
                ACTOR,
                "billing.backups_given_back",
                "organisation " + organisation,
                new Money(amount, CurrentTenant.require().currency()).display() + ": " + REASON));
    String summary =
        past.size()
            + " servers had the add-on; "
            + given.size()
            + " organisations got "
            + given.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString()
            + " back ("
            + invoiced.size()
            + " credit notes, "
            + open.size()
            + " months not yet invoiced)";
    records.finish(NAME, summary);
    return Optional.of(summary);
  }

  private BigDecimal returnOpen(OrganisationMonth key, Map<Long, BigDecimal> ofMonth) {
    BigDecimal total = sum(ofMonth);
    records.lower(ofMonth);
    wallets.returnUsage(
        key.organisationId(),
        total,
        "backup-remedy:" + key.organisationId() + ":" + key.month(),
        REASON + " in " + key.month() + ": given back",
        ACTOR);
    return total;
  }

  private BigDecimal credit(long organisation, long invoice, Map<Long, BigDecimal> ofInvoice) {
    return creditNotes
        .issueUpToWhatIsLeft(
            organisation, invoice, sum(ofInvoice), REASON, "backup-remedy:" + invoice, ACTOR)
        .map(note -> note.total().amount())
        .orElse(BigDecimal.ZERO);
  }

  private static BigDecimal sum(Map<Long, BigDecimal> shares) {
    return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
