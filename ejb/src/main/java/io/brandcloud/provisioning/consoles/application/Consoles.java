package io.brandcloud.provisioning.consoles.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.provisioning.consoles.domain.ConsoleAccess;
import io.brandcloud.provisioning.consoles.domain.ConsoleBridge;
import io.brandcloud.provisioning.consoles.domain.ConsoleScreen;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.provisioning.consoles.domain.ConsoleTickets;
import io.brandcloud.provisioning.consoles.domain.HostKeyPins;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.application.ConnectionSteps;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.servers.domain.Server;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import io.brandcloud.provisioning.servers.domain.ServerStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Consoles of customers' servers: a request that may manage the server gets a one-time ticket, the
 * console's WebSocket spends it and attaches a bridge to the provider's console with no transaction
 * open, and every console's opening and end is in the audit log.
 */
@Stateless
public class Consoles {

  static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);
  private static final Duration TICKETS_KEPT = Duration.ofDays(1);

  @Inject ServerRepository servers;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject ConsoleBridges bridges;
  @Inject ConsoleTickets tickets;
  @Inject HostKeyPins hostKeys;
  @Inject OpenConsoles open;
  @Inject MemberAccess members;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB ConnectionSteps connectionRecords;

  /** A ticket to the console of one of the organisation's running servers, valid once, briefly. */
  public ConsoleTicket ticket(long organisationId, long serverId) {
    members.require(organisationId, Permission.SERVERS_MANAGE);
    Server server =
        servers
            .find(serverId)
            .filter(s -> s.organisationId() == organisationId)
            .filter(s -> s.status() != ServerStatus.TERMINATED)
            .orElseThrow(() -> BrandcloudException.notFound("Server " + serverId));
    CloudProvider provider = providers.of(connection(server).type());
    if (!bridges.serve(provider)) {
      throw new BrandcloudException(
          ErrorCode.ACTION_NOT_OFFERED, provider.type().displayName(), "a console here");
    }
    if (server.status() != ServerStatus.RUNNING) {
      throw new BrandcloudException(
          ErrorCode.SERVER_STATE, "The console opens while the server is running");
    }
    Instant now = clock.now();
    tickets.forgetExpiredBefore(now.minus(TICKETS_KEPT));
    ConsoleTicket ticket =
        ConsoleTicket.of(
            CurrentTenant.require().tenantId(),
            SecretTokens.random(),
            now.plus(TICKET_LIFETIME),
            provider.consoleKind().orElseThrow());
    tickets.add(
        SecretTokens.sha256(ticket.ticket()),
        serverId,
        organisationId,
        CurrentCaller.require(),
        RequestOrigin.address().orElse(null),
        now,
        ticket.expiresAt());
    return ticket;
  }

  /**
   * Spends a ticket of the current tenant: the server it opens while that server still runs, or
   * empty for a ticket that is unknown, used, expired or for a server that stopped.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<ConsoleGrant> spend(String ticket) {
    return tickets
        .spend(SecretTokens.sha256(ticket), clock.now())
        .flatMap(
            spent ->
                servers
                    .find(spent.serverId())
                    .filter(s -> s.organisationId() == spent.organisationId())
                    .filter(s -> s.status() == ServerStatus.RUNNING)
                    .map(
                        server -> {
                          ProviderConnection connection = connection(server);
                          return new ConsoleGrant(
                              CurrentTenant.require().tenantId(),
                              server.id(),
                              server.organisationId(),
                              server.hostname(),
                              spent.caller(),
                              spent.originAddress(),
                              connection.type(),
                              connectionRecords.accountOf(connection),
                              server.externalId(),
                              hostKeys.of(server.id()).orElse(null));
                        }));
  }

  /**
   * Opens the server's console at its provider and attaches it to {@code screen}; asks the provider
   * with no transaction open. Refused when the server has all the consoles it may have open.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public ConsoleStream attach(ConsoleGrant grant, ConsoleScreen screen) {
    if (!open.take(grant.tenantId(), grant.serverId())) {
      throw new BrandcloudException(ErrorCode.CONSOLES_IN_USE, OpenConsoles.PER_SERVER);
    }
    try {
      ConsoleStream stream = bridgeTo(grant, screen);
      return new ReleasedOnClose(stream, () -> open.release(grant.tenantId(), grant.serverId()));
    } catch (RuntimeException e) {
      open.release(grant.tenantId(), grant.serverId());
      throw e;
    }
  }

  private ConsoleStream bridgeTo(ConsoleGrant grant, ConsoleScreen screen) {
    CloudProvider provider = providers.of(grant.type());
    ConsoleAccess access;
    try {
      access =
          provider
              .console(grant.account(), grant.externalId())
              .orElseThrow(() -> notOffered(provider));
    } catch (ProviderException e) {
      throw new BrandcloudException(ErrorCode.PROVIDER_FAILED, e.getMessage());
    }
    ConsoleBridge bridge = bridges.of(access.kind()).orElseThrow(() -> notOffered(provider));
    return bridge.attach(access.withHostKey(grant.hostKey()), grant.hostname(), screen);
  }

  /**
   * Remembers the SSH host key the grant's caller trusted for its server, so the next console
   * expects it; in the audit log, since trusting a changed key may be how an eavesdropper gets in.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void trusted(ConsoleGrant grant, String fingerprint) {
    hostKeys.pin(grant.serverId(), fingerprint, grant.caller().name(), clock.now());
    audit(grant, "server.console_host_key_trusted", fingerprint);
  }

  /** Notes in the audit log that the grant's caller opened the console. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void opened(ConsoleGrant grant) {
    audit(grant, "server.console_opened", grant.hostname());
  }

  /** Notes in the audit log that the console closed, and why. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void closed(ConsoleGrant grant, String why) {
    audit(grant, "server.console_closed", why);
  }

  /** An audit entry as the request that asked for the ticket would have written it. */
  private void audit(ConsoleGrant grant, String action, String details) {
    RequestOrigin.runAs(
        grant.originAddress(),
        grant.caller().name(),
        grant.caller().impersonator(),
        () -> audit.record(null, action, "server " + grant.serverId(), details));
  }

  private ProviderConnection connection(Server server) {
    return connections.find(server.connectionId()).orElseThrow();
  }

  private static BrandcloudException notOffered(CloudProvider provider) {
    return new BrandcloudException(
        ErrorCode.ACTION_NOT_OFFERED, provider.type().displayName(), "a console here");
  }

  /** A console that gives its server's place back when it closes, once. */
  private static final class ReleasedOnClose implements ConsoleStream {

    private final ConsoleStream stream;
    private final Runnable release;
    private final AtomicBoolean closed = new AtomicBoolean();

    ReleasedOnClose(ConsoleStream stream, Runnable release) {
      this.stream = stream;
      this.release = release;
    }

    @Override
    public void type(String keys) {
      stream.type(keys);
    }

    @Override
    public void sendBytes(byte[] bytes) {
      stream.sendBytes(bytes);
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        try {
          stream.close();
        } finally {
          release.run();
        }
      }
    }
  }
}
