package io.brandcloud.provisioning.servers.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's servers. The {@code …ForUpdate} reads lock the rows until the transaction
 * ends, for changes that must not race charging or another change.
 */
public interface ServerRepository {

  /** Stores a new server; it has its id when this returns. */
  void add(Server server);

  Optional<Server> find(long serverId);

  Optional<Server> findForUpdate(long serverId);

  /** The organisation's servers, oldest first. */
  List<Server> ofOrganisation(long organisationId);

  Page<Server> ofOrganisation(long organisationId, PageRequest page);

  /** The organisation's servers not yet deleted, oldest first. */
  Page<Server> notDeletedOfOrganisation(long organisationId, PageRequest page);

  /** A page of all the tenant's servers, newest first. */
  Page<Server> all(PageRequest page);

  /** How many of the tenant's servers are in this status. */
  long countInStatus(ServerStatus status);

  /** The organisation's servers that are not terminated or failed: what its limit counts. */
  long countKept(long organisationId);

  /** Every server ever ordered on a provider connection, deleted ones too. */
  List<Server> onConnection(long connectionId);

  /** The servers on a plan that still exist. */
  List<Server> onPlanForUpdate(long planId);

  /** The organisation's servers in {@code status} paid by the hour, locked. */
  List<Server> inStatusForUpdate(long organisationId, ServerStatus status);

  /** The server a subscription pays for. */
  Optional<Server> bySubscription(long subscriptionId);

  /** The server a subscription pays for, locked. */
  Optional<Server> bySubscriptionForUpdate(long subscriptionId);

  /** Servers paid by the hour suspended before {@code cutoff}, locked. */
  List<Server> suspendedBeforeForUpdate(Instant cutoff);
}
