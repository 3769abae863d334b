package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.tenancy.CurrentTenant;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Announces every flushed change to a {@link Server} as a {@link ServerChanged} event. */
public class ServerChanges {

  @Inject Event<ServerChanged> changes;

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Server server) {
    changes.fire(new ServerChanged(CurrentTenant.require().tenantId(), server.organisationId()));
  }
}
