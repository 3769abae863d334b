package io.brandcloud.provisioning.servers.application;

import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerTerminated;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Terminates a server in the caller's transaction and announces it through the outbox, so what
 * hangs on it (add-ons ordered for it) ends once the termination commits, however it came about.
 * Its snapshots go with it (the provider deletes them with the server) and are billed no more.
 */
@ApplicationScoped
public class ServerTermination {

  @Inject ApplicationClock clock;
  @EJB Outbox outbox;
  @Inject SnapshotRepository snapshots;

  public void terminate(Server server) {
    server.terminate(clock.now());
    snapshots.endAll(server.id(), clock.now());
    outbox.publish(new ServerTerminated(server.id(), server.organisationId()));
  }
}
