package io.brandcloud.provisioning.actions.application;

import io.brandcloud.outbox.WorkDue;
import io.brandcloud.provisioning.actions.domain.ServerActionQueue;
import io.brandcloud.provisioning.actions.domain.ServerActionRequest;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks for work at a server's provider: a {@code server_actions} row in the caller's transaction,
 * carried out by the {@link ServerActionWorker} once it commits.
 */
@Stateless
public class ServerActions {

  static final String QUEUE = "server-actions";

  @Inject ServerActionQueue queue;
  @Inject RootPasswords passwords;
  @EJB WorkDue due;
  @EJB ServerActionWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;

  /** Asks for an action with no parameter, e.g. dunning's suspension. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long request(Server server, ServerActionType type, String reason) {
    return request(server, type, null, null, reason);
  }

  /**
   * Asks for an action in the caller's transaction; it runs once that commits. {@code
   * rootPassword}, where the action sets one, is sealed with it so a retry sets the same.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long request(
      Server server, ServerActionType type, String parameter, String rootPassword, String reason) {
    return request(server, type, parameter, rootPassword, List.of(), reason);
  }

  /** A build or rebuild that also puts {@code sshKeys} on the server. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long request(
      Server server,
      ServerActionType type,
      String parameter,
      String rootPassword,
      List<String> sshKeys,
      String reason) {
    return request(server, type, parameter, rootPassword, sshKeys, null, reason);
  }

  /** A build that also gives the server the customer's cloud-init {@code userData}. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long request(
      Server server,
      ServerActionType type,
      String parameter,
      String rootPassword,
      List<String> sshKeys,
      String userData,
      String reason) {
    long id =
        queue.add(
            new ServerActionRequest(
                server.id(),
                type,
                parameter,
                UUID.randomUUID().toString(),
                RequestOrigin.actor().orElse("system"),
                reason,
                CurrentTenant.require().requestId(),
                rootPassword == null ? null : passwords.seal(rootPassword, server.id()),
                List.copyOf(sshKeys),
                userData));
    due.flag(QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, worker::nudge);
    return id;
  }

  /** A server's actions, newest first, as its owner and staff see them. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Page<ServerActionView> of(long serverId, PageRequest page) {
    return queue.ofServer(serverId, page);
  }

  /** One of a server's actions. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<ServerActionView> find(long serverId, long actionId) {
    return queue.find(serverId, actionId);
  }

  /** A server that will never be built: what waited for it is ended with {@code note}. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public int cancelWaiting(long serverId, String note) {
    return queue.cancelRequested(serverId, note);
  }

  /** Actions that were waiting (e.g. on a fraud review) may run now. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void released() {
    due.flag(QUEUE, Duration.ZERO);
    AfterCommit.run(transactions, worker::nudge);
  }

  /** Flags the current tenant if it has unfinished actions, e.g. after a flag was lost. */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void flagUnfinished() {
    if (queue.hasUnfinished()) {
      due.flag(QUEUE, Duration.ZERO);
    }
  }
}
