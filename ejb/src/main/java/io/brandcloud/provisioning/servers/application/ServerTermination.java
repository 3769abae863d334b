package io.brandcloud.provisioning.servers.application;

import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerTerminated;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Terminates a server in the caller's transaction and announces it through the outbox, so what
 * hangs on it (add-ons ordered for it) ends once the termination commits, however it came about.
 */
@ApplicationScoped
public class ServerTermination {

  @Inject ApplicationClock clock;
  @EJB Outbox outbox;

  public void terminate(Server server) {
    server.terminate(clock.now());
    outbox.publish(new ServerTerminated(server.id(), server.organisationId()));
  }
}
