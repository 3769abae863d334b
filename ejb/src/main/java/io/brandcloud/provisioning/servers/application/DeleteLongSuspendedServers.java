package io.brandcloud.provisioning.servers.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.provisioning.servers.domain.DeleteServersSuspendedBefore;
import io.brandcloud.settings.TenantSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/** Deletes servers left suspended past the retention period, and tells each owner. */
@ApplicationScoped
public class DeleteLongSuspendedServers implements MessageHandler<DeleteServersSuspendedBefore> {

  @EJB Servers servers;
  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;
  @Inject AuditLog audit;

  @Override
  public Class<DeleteServersSuspendedBefore> handles() {
    return DeleteServersSuspendedBefore.class;
  }

  @Override
  public void handle(DeleteServersSuspendedBefore command) {
    int retentionDays = settings.current().retentionDays();
    for (ServerView gone : servers.terminateSuspendedBefore(command.cutoff())) {
      audit.record(
          null, "server.terminated", "organisation " + gone.organisationId(), gone.hostname());
      ownerMail.send(
          gone.organisationId(),
          MessageType.SERVER_DELETED,
          Map.of("server", gone.hostname(), "retentionDays", retentionDays));
    }
  }
}
