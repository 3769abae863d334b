package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.identity.application.OrganisationOwner;
import io.brandcloud.identity.application.Organisations;
import io.brandcloud.mail.Outbox;
import io.brandcloud.provisioning.application.ServerView;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What happens when usage outruns a prepaid balance. Charging never loses usage: the wallet may go
 * below zero, which puts the organisation in debt and mails its owner. After the tenant's grace
 * period its servers are suspended at the provider (and no longer billed); after the retention
 * period suspended servers are deleted. A top-up that brings the balance back to zero or more ends
 * the debt and starts the servers again. Every step is audited and mailed.
 */
@Stateless
public class Dunning {

  @PersistenceContext EntityManager em;
  @EJB Servers servers;
  @EJB TenantSettings settings;
  @EJB Organisations organisations;
  @Inject Outbox outbox;
  @Inject AuditLog audit;

  /** Runs after each charging of the tenant, at the charging's point in time. */
  public void run(Instant now) {
    Settings tenant = settings.current();
    for (Object row : newDebtors(now)) {
      Object[] debtor = (Object[]) row;
      long organisation = ((Number) debtor[0]).longValue();
      BigDecimal balance = (BigDecimal) debtor[1];
      audit.record(
          "hourly-charging", "billing.debt_started", org(organisation), balance.toPlainString());
      mailOwner(
          organisation,
          "your balance is below zero",
          "the balance of %s is "
              + balance.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
              + " "
              + CurrentTenant.require().currency()
              + ". Your servers keep running for "
              + tenant.graceHours()
              + " hours; top up before then to keep them, or they are suspended.");
    }
    Instant suspendBefore = now.minus(Duration.ofHours(tenant.graceHours()));
    for (long organisation : debtorsSince(suspendBefore)) {
      List<String> suspended = servers.suspendForDebt(organisation);
      if (!suspended.isEmpty()) {
        audit.record(
            "hourly-charging",
            "servers.suspended",
            org(organisation),
            String.join(", ", suspended));
        mailOwner(
            organisation,
            "servers suspended",
            "the balance of %s stayed below zero for "
                + tenant.graceHours()
                + " hours, so these servers are suspended: "
                + String.join(", ", suspended)
                + ". Top up to start them again; after "
                + tenant.retentionDays()
                + " days suspended they are deleted.");
      }
    }
    for (ServerView gone :
        servers.terminateSuspendedBefore(now.minus(Duration.ofDays(tenant.retentionDays())))) {
      audit.record(
          "hourly-charging", "server.terminated", org(gone.organisationId()), gone.hostname());
      mailOwner(
          gone.organisationId(),
          "server deleted",
          "the server "
              + gone.hostname()
              + " of %s was suspended for "
              + tenant.retentionDays()
              + " days without payment and is now deleted.");
    }
  }

  /** A top-up that covers the debt ends it and starts suspended servers again. */
  public void settleIfCovered(@Observes WalletCredited credited) {
    long organisation = credited.organisationId();
    int settled =
        em.createNativeQuery(
                "UPDATE wallets SET in_debt_since = NULL WHERE organisation_id = ?1"
                    + " AND in_debt_since IS NOT NULL AND balance >= 0")
            .setParameter(1, organisation)
            .executeUpdate();
    if (settled == 0) {
      return;
    }
    List<String> resumed = servers.resumeAfterPayment(organisation);
    audit.record(
        null, "billing.debt_settled", org(organisation), "resumed: " + String.join(", ", resumed));
    if (!resumed.isEmpty()) {
      mailOwner(
          organisation,
          "servers running again",
          "thank you: the balance of %s is back above zero and these servers run again: "
              + String.join(", ", resumed)
              + ".");
    }
  }

  private List<?> newDebtors(Instant now) {
    return em.createNativeQuery(
            "UPDATE wallets SET in_debt_since = CAST(?1 AS timestamptz)"
                + " WHERE balance < 0 AND in_debt_since IS NULL RETURNING organisation_id, balance")
        .setParameter(1, now)
        .getResultList();
  }

  private List<Long> debtorsSince(Instant before) {
    return ((List<?>)
            em.createNativeQuery(
                    "SELECT organisation_id FROM wallets WHERE in_debt_since <= CAST(?1 AS"
                        + " timestamptz)")
                .setParameter(1, before)
                .getResultList())
        .stream().map(n -> ((Number) n).longValue()).toList();
  }

  private void mailOwner(long organisation, String subject, String sentence) {
    OrganisationOwner owner = organisations.owner(organisation);
    String product = CurrentTenant.require().brand().productName();
    outbox.enqueue(
        owner.email(),
        product + ": " + subject,
        "Hello "
            + owner.displayName()
            + ",\n\n"
            + sentence.formatted(owner.organisationName())
            + "\n");
  }

  private static String org(long organisation) {
    return "organisation " + organisation;
  }
}
