package io.brandcloud.provisioning.servers.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.provisioning.servers.domain.SuspendServersForDebt;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** Suspends a debtor's running servers, and tells its owner which and until when. */
@ApplicationScoped
public class SuspendServersOnDebt implements MessageHandler<SuspendServersForDebt> {

  @EJB Servers servers;
  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;
  @Inject AuditLog audit;

  @Override
  public Class<SuspendServersForDebt> handles() {
    return SuspendServersForDebt.class;
  }

  @Override
  public void handle(SuspendServersForDebt command) {
    long organisation = command.organisationId();
    List<String> suspended = servers.suspendForDebt(organisation);
    if (suspended.isEmpty()) {
      return;
    }
    Settings tenant = settings.current();
    audit.record(
        null, "servers.suspended", "organisation " + organisation, String.join(", ", suspended));
    ownerMail.send(
        organisation,
        MessageType.SERVERS_SUSPENDED,
        Map.of(
            "servers",
            suspended,
            "graceHours",
            tenant.graceHours(),
            "retentionDays",
            tenant.retentionDays()));
  }
}
