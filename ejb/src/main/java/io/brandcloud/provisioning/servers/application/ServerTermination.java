package io.brandcloud.provisioning.servers.application;

import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.addresses.domain.AddressStatus;
import io.brandcloud.provisioning.addresses.domain.ExtraAddress;
import io.brandcloud.provisioning.addresses.domain.ExtraAddressRepository;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerTerminated;
import io.brandcloud.provisioning.snapshots.domain.SnapshotRepository;
import io.brandcloud.provisioning.volumes.domain.Volume;
import io.brandcloud.provisioning.volumes.domain.VolumeRepository;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Terminates a server in the caller's transaction and announces it through the outbox, so what
 * hangs on it (add-ons ordered for it) ends once the termination commits, however it came about.
 * Its snapshots go with it (the provider deletes them with the server) and are billed no more; so
 * do its volumes and extra addresses, each deleted or released by an action queued before the
 * server's own deletion.
 */
@ApplicationScoped
public class ServerTermination {

  @Inject ApplicationClock clock;
  @EJB Outbox outbox;
  @Inject SnapshotRepository snapshots;
  @Inject VolumeRepository volumes;
  @Inject ExtraAddressRepository addresses;
  @EJB ServerActions actions;

  public void terminate(Server server) {
    server.terminate(clock.now());
    snapshots.endAll(server.id(), clock.now());
    volumes.endBilling(server.id(), clock.now());
    for (Volume volume : volumes.ofServer(server.id())) {
      actions.request(
          server,
          ServerActionType.DELETE_VOLUME,
          String.valueOf(volume.id()),
          null,
          "its server is deleted");
    }
    addresses.endBilling(server.id(), clock.now());
    // one still being added too: its add runs first and the release takes what it got
    for (ExtraAddress extra : addresses.ofServer(server.id())) {
      actions.request(
          server,
          ServerActionType.REMOVE_IPV4,
          String.valueOf(extra.id()),
          null,
          "its server is deleted");
    }
    outbox.publish(new ServerTerminated(server.id(), server.organisationId()));
  }

  /**
   * Ends a server that was never built (an order fraud review denied): nothing exists at the
   * provider to delete, so no action is queued.
   */
  public void endUnbuilt(Server server) {
    server.releaseAfterReview();
    server.terminate(clock.now());
    for (ExtraAddress extra : addresses.ofServer(server.id())) {
      if (extra.address() == null) {
        addresses.status(extra.id(), AddressStatus.FAILED);
      }
    }
    volumes.endBilling(server.id(), clock.now());
    addresses.endBilling(server.id(), clock.now());
    outbox.publish(new ServerTerminated(server.id(), server.organisationId()));
  }
}
