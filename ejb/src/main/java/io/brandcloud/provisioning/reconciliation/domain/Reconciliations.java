package io.brandcloud.provisioning.reconciliation.domain;

import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What reconciliation with the providers found: drift of our servers ({@code server_drift}) and
 * upstream servers none of ours is ({@code unknown_upstream_servers}).
 */
public interface Reconciliations {

  /** Notes drift, unless the same kind for the server is noted and not seen yet. */
  void drift(long serverId, String kind, String detail, Instant at);

  Page<ServerDrift> unseenDrift(PageRequest page);

  boolean markSeen(long driftId, String actor, Instant at);

  /** Records the upstream servers none of ours is; undecided ones not among them are forgotten. */
  void unknown(long connectionId, Collection<UpstreamServer> found, Instant at);

  Page<UnknownServer> undecided(PageRequest page);

  Optional<UnknownServer> findUndecided(long id);

  void decide(long id, String decision, String actor, Instant at);

  /** One drift of a server, as staff see it. */
  record ServerDrift(
      long id, long serverId, String hostname, String kind, String detail, Instant foundAt)
      implements Serializable {}

  /** A server the provider runs that is none of ours. */
  record UnknownServer(
      long id,
      long connectionId,
      String externalId,
      String name,
      String state,
      String ipv4,
      String region,
      String image,
      Instant firstSeen,
      Instant lastSeen)
      implements Serializable {}
}
