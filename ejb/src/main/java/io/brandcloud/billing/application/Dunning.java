package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.domain.DeleteServersSuspendedBefore;
import io.brandcloud.provisioning.domain.SuspendServersForDebt;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happens when usage outruns a prepaid balance. Charging never loses usage: the wallet may go
 * below zero, which puts the organisation in debt and mails its owner. After the tenant's grace
 * period provisioning is told to suspend its servers (they are no longer billed); after the
 * retention period, to delete suspended servers. A top-up that brings the balance back to zero or
 * more ends the debt ({@link SettleDebtWhenCovered}). Every step is audited and mailed.
 */
@Stateless
public class Dunning {

  static final String ACTOR = "hourly-charging";

  @PersistenceContext EntityManager em;
  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;
  @EJB Outbox outbox;
  @Inject AuditLog audit;

  /** Runs after each charging of the tenant, at the charging's point in time. */
  public void run(Instant now) {
    RequestOrigin.runAs(ACTOR, () -> dun(now));
  }

  private void dun(Instant now) {
    Settings tenant = settings.current();
    for (Object row : newDebtors(now)) {
      Object[] debtor = (Object[]) row;
      long organisation = ((Number) debtor[0]).longValue();
      BigDecimal balance = (BigDecimal) debtor[1];
      audit.record(ACTOR, "billing.debt_started", org(organisation), balance.toPlainString());
      ownerMail.send(
          organisation,
          MessageType.DEBT_STARTED,
          Map.of(
              "balance",
              new Money(balance, CurrentTenant.require().currency()),
              "graceHours",
              tenant.graceHours()));
    }
    Instant suspendBefore = now.minus(Duration.ofHours(tenant.graceHours()));
    for (long organisation : graceExpiredSince(suspendBefore, now)) {
      outbox.publish(new SuspendServersForDebt(organisation));
    }
    outbox.publish(
        new DeleteServersSuspendedBefore(now.minus(Duration.ofDays(tenant.retentionDays()))));
  }

  private List<?> newDebtors(Instant now) {
    return em.createNativeQuery(
            "UPDATE wallets SET in_debt_since = CAST(?1 AS timestamptz)"
                + " WHERE balance < 0 AND in_debt_since IS NULL RETURNING organisation_id, balance")
        .setParameter(1, now)
        .getResultList();
  }

  /** Debtors whose grace ran out and whose servers were not yet ordered suspended. */
  private List<Long> graceExpiredSince(Instant before, Instant now) {
    return ((List<?>)
            em.createNativeQuery(
                    "UPDATE wallets SET suspension_requested_at = CAST(?2 AS timestamptz)"
                        + " WHERE in_debt_since <= CAST(?1 AS timestamptz)"
                        + " AND suspension_requested_at IS NULL RETURNING organisation_id")
                .setParameter(1, before)
                .setParameter(2, now)
                .getResultList())
        .stream().map(n -> ((Number) n).longValue()).toList();
  }

  private static String org(long organisation) {
    return "organisation " + organisation;
  }
}
