package io.brandcloud.billing.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.BackupRemedyRecords;
import io.brandcloud.billing.domain.BackupRemedyRecords.PaidCharge;
import io.brandcloud.billing.domain.BackupRemedyRecords.ServerPast;
import io.brandcloud.billing.domain.BackupShares;
import io.brandcloud.billing.domain.BackupShares.History;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.provisioning.servers.application.Servers;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jboss.ejb3.annotation.TransactionTimeout;

/**
 * Gives back what was billed for backups no provider ever switched on (until the add-on waited for
 * the provider's confirmation, it was billed from the order on): once per tenant, in one
 * transaction that keeps hourly charging out. Each charge's share is worked out again from the
 * servers' history ({@link BackupShares}); an invoiced month gets a credit note for its shares
 * (refunded to the wallet with their tax), a month not yet invoiced has its charges lowered and the
 * shares returned to the wallet, so its invoice bills what was owed. The servers' prices lose the
 * add-on at once; where the provider can switch backups on it is asked to, and the add-on is billed
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

  /** One organisation's month. */
  private record OrganisationMonth(long organisationId, YearMonth month) {}

  /** What the remedy finds, a server at a time: the shares of each month, invoiced or open. */
  private static final class Findings {
    final Map<OrganisationMonth, Optional<Long>> invoices =
        new TreeMap<>(
            Comparator.comparing(OrganisationMonth::organisationId)
                .thenComparing(OrganisationMonth::month));
    final Map<Long, Long> ownerOfInvoice = new TreeMap<>();
    final Map<Long, BigDecimal> invoiced = new TreeMap<>();
    final Map<OrganisationMonth, BigDecimal> open =
        new TreeMap<>(
            Comparator.comparing(OrganisationMonth::organisationId)
                .thenComparing(OrganisationMonth::month));
  }

  /** Runs the remedy in this tenant unless it ran before; answers what it did. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @TransactionTimeout(value = 1, unit = TimeUnit.HOURS)
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
    BackupShares shares = new BackupShares(records.backupPrices(), records.oldBillingUntil(now));
    Map<Long, History> histories = records.histories(past);
    ZoneId zone = CurrentTenant.require().timeZone();
    Findings found = new Findings();
    for (ServerPast server : past) {
      List<PaidCharge> charges = records.chargesOf(server.id());
      Map<Long, BigDecimal> ofServer =
          shares.of(histories.get(server.id()), charges.stream().map(PaidCharge::charge).toList());
      Map<Long, BigDecimal> lowered = new TreeMap<>();
      for (PaidCharge paid : charges) {
        BigDecimal share = ofServer.get(paid.charge().id());
        if (share == null) {
          continue;
        }
        OrganisationMonth month =
            new OrganisationMonth(
                paid.organisationId(), YearMonth.from(paid.charge().periodStart().atZone(zone)));
        Optional<Long> invoice =
            found.invoices.computeIfAbsent(
                month, m -> records.invoiceOf(m.organisationId(), m.month().atDay(1)));
        if (invoice.isPresent()) {
          found.invoiced.merge(invoice.get(), share, BigDecimal::add);
          found.ownerOfInvoice.put(invoice.get(), paid.organisationId());
        } else {
          found.open.merge(month, share, BigDecimal::add);
          lowered.put(paid.charge().id(), share);
        }
      }
      records.lower(lowered);
    }
    Map<Long, BigDecimal> given = new TreeMap<>();
    found.open.forEach(
        (month, total) ->
            given.merge(month.organisationId(), giveBack(month, total), BigDecimal::add));
    found.invoiced.forEach(
        (invoice, total) -> {
          long owner = found.ownerOfInvoice.get(invoice);
          given.merge(owner, credit(owner, invoice, total), BigDecimal::add);
        });
    past.forEach(server -> servers.takeOffUnconfirmedBackup(server.id()));
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
            + found.invoiced.size()
            + " credit notes, "
            + found.open.size()
            + " months not yet invoiced)";
    records.finish(NAME, summary);
    return Optional.of(summary);
  }

  private BigDecimal giveBack(OrganisationMonth month, BigDecimal total) {
    wallets.returnUsage(
        month.organisationId(),
        total,
        "backup-remedy:" + month.organisationId() + ":" + month.month(),
        LedgerWording.BACKUPS_GIVEN_BACK.with(month.month().toString()),
        ACTOR);
    return total;
  }

  private BigDecimal credit(long organisation, long invoice, BigDecimal total) {
    return creditNotes
        .issueUpToWhatIsLeft(
            organisation,
            invoice,
            total,
            LedgerWording.BACKUPS_NEVER_ON.with(),
            "backup-remedy:" + invoice,
            ACTOR)
        .map(note -> note.total().amount())
        .orElse(BigDecimal.ZERO);
  }
}
