package io.brandcloud.provisioning.servers.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * A server ordered under a held fraud check is built once staff approve the check, and ended
 * without ever reaching the provider once they deny it, or when it ended meanwhile (nothing was
 * charged: a server is billed from when it runs). The owner hears of a declined order; an approved
 * one is told of when it is ready, as any other.
 */
@ApplicationScoped
public class ServersAfterFraudReview implements MessageHandler<FraudCheckDecided> {

  @Inject ServerRepository servers;
  @EJB ServerActions actions;
  @Inject ServerTermination termination;
  @Inject AuditLog audit;
  @EJB OwnerMail mail;

  @Override
  public Class<FraudCheckDecided> handles() {
    return FraudCheckDecided.class;
  }

  @Override
  public void handle(FraudCheckDecided decided) {
    if (decided.serverId() == null) {
      return;
    }
    Optional<Server> held = servers.findForUpdate(decided.serverId()).filter(Server::heldForReview);
    if (held.isEmpty()) {
      return;
    }
    Server server = held.get();
    if (decided.approved() && server.status() == ServerStatus.PENDING) {
      server.releaseAfterReview();
      actions.released();
      audit.record(null, "server.released", "server " + server.id(), "fraud review approved");
      return;
    }
    // denied, or ended meanwhile (its subscription cancelled): nothing of it is ever built
    actions.cancelWaiting(
        server.id(), decided.approved() ? "The order was withdrawn" : "The order was declined");
    if (server.status() == ServerStatus.TERMINATED) {
      server.releaseAfterReview();
    } else {
      termination.endUnbuilt(server);
    }
    audit.record(null, "server.declined", "server " + server.id(), "fraud review decided");
    if (!decided.approved()) {
      mail.send(
          server.organisationId(), MessageType.ORDER_DECLINED, Map.of("server", server.hostname()));
    }
  }
}
