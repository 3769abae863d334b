package io.brandcloud.billing.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.domain.NewDebt;
import io.brandcloud.billing.domain.WalletDebts;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.domain.DeleteServersSuspendedBefore;
import io.brandcloud.provisioning.servers.domain.SuspendServersForDebt;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
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

  @Inject WalletDebts debts;
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
    for (NewDebt debt : debts.start(now)) {
      long organisation = debt.organisationId();
      audit.record(
          ACTOR, "billing.debt_started", org(organisation), debt.balance().toPlainString());
      ownerMail.send(
          organisation,
          MessageType.DEBT_STARTED,
          Map.of(
              "balance",
              new Money(debt.balance(), CurrentTenant.require().currency()),
              "graceHours",
              tenant.graceHours()));
    }
    Instant suspendBefore = now.minus(Duration.ofHours(tenant.graceHours()));
    for (long organisation : debts.requestSuspensions(suspendBefore, now)) {
      outbox.publish(new SuspendServersForDebt(organisation));
    }
    outbox.publish(
        new DeleteServersSuspendedBefore(now.minus(Duration.ofDays(tenant.retentionDays()))));
  }

  private static String org(long organisation) {
    return "organisation " + organisation;
  }
}
