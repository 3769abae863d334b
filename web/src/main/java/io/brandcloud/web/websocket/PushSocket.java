package io.brandcloud.web.websocket;

import io.brandcloud.live.PushAudience;
import io.brandcloud.live.PushHub;
import io.brandcloud.live.PushTicket;
import io.brandcloud.live.PushTickets;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Push notices for one page: {@code /ws/push/{ticket}} on the host the page came from. The ticket
 * is spent as the socket opens (a used, expired, foreign or malformed one closes it with 1008
 * "ticket refused"); once it hears changes it says {@code {"topic":"*"}} (read everything again)
 * unless the page says, as {@code ?since=<mark>}, that it was drawn after the audience's last
 * change. From then on each change the audience may hear arrives as {@code
 * {"topic":"servers","organisation":42}}. The page says something every 25 s; a socket silent for
 * {@link #IDLE} is a dead connection and closes, and one older than {@link #LIFETIME} closes so
 * that the page asks for a new ticket.
 */
@ServerEndpoint(value = "/ws/push/{ticket}", configurator = SocketOrigins.class)
public class PushSocket {

  static final Duration IDLE = Duration.ofSeconds(75);
  static final Duration LIFETIME = Duration.ofMinutes(30);
  static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);
  static final int MAX_WAITING = 64;
  private static final Logger LOG = Logger.getLogger(PushSocket.class);

  @Inject PushHub hub;
  @EJB PushTickets tickets;
  @Inject TenantLookup tenants;
  @Inject TenantDirectory directory;

  private PushHub.Subscription subscription;
  private Session session;
  private final MessageParts parts = new MessageParts(64);
  private long openedAt;

  @OnOpen
  public void open(Session session, @PathParam("ticket") String ticket) throws IOException {
    session.setMaxIdleTimeout(IDLE.toMillis());
    session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT.toMillis());
    Optional<PushAudience> audience;
    try {
      Optional<TenantContext> named = tenantOf(ticket);
      if (named.isPresent() && !SocketOrigins.allowed(session, named.get(), directory)) {
        session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, SocketOrigins.REFUSED));
        return;
      }
      audience = named.flatMap(found -> CurrentTenant.supplyAs(found, () -> tickets.spend(ticket)));
    } catch (RuntimeException e) {
      LOG.warnf("A push socket could not be opened: %s", e.toString());
      session.close(new CloseReason(CloseCodes.TRY_AGAIN_LATER, "push unavailable"));
      return;
    }
    if (audience.isEmpty()) {
      session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "ticket refused"));
      return;
    }
    QueuedSender sender = new QueuedSender(session, MAX_WAITING, this::tooFarBehind);
    subscription = hub.subscribe(audience.get(), sender::send).orElse(null);
    if (subscription == null) {
      session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "too many push sockets"));
      return;
    }
    openedAt = System.nanoTime();
    this.session = session;
    if (hub.changedSince(audience.get(), since(session))) {
      sender.send(PushHub.EVERYTHING);
    }
  }

  /**
   * A page that cannot keep up loses its notices for one "read everything again", which says no
   * less.
   */
  private void tooFarBehind(QueuedSender sender, int waiting) {
    hub.countDropped(waiting);
    sender.replaceWaiting(PushHub.EVERYTHING);
  }

  /**
   * The page's keep-alive; nothing a page says is acted on. A socket older than {@link #LIFETIME}
   * closes here, so the page asks for a new ticket, which only a login still valid gets.
   */
  @OnMessage
  public void heard(String part, boolean last) throws IOException {
    parts.text(part, last);
    if (parts.tooBig()) {
      session.close(new CloseReason(CloseCodes.TOO_BIG, "message too big"));
      return;
    }
    if (subscription != null && System.nanoTime() - openedAt > LIFETIME.toNanos()) {
      session.close(new CloseReason(CloseCodes.NORMAL_CLOSURE, "ticket renewal"));
    }
  }

  @OnClose
  public void close() {
    if (subscription != null) {
      subscription.close();
    }
  }

  @OnError
  public void failed(Session session, Throwable error) throws IOException {
    LOG.debugf("A push socket failed: %s", error.toString());
    if (session.isOpen()) {
      session.close(new CloseReason(CloseCodes.UNEXPECTED_CONDITION, "push failed"));
    }
  }

  /** The mark the page was drawn at, if it says. */
  private static String since(Session session) {
    List<String> given = session.getRequestParameterMap().get("since");
    return given == null || given.isEmpty() ? null : given.get(0);
  }

  private Optional<TenantContext> tenantOf(String ticket) {
    return PushTicket.tenantOf(ticket).stream()
        .boxed()
        .findFirst()
        .flatMap(id -> tenants.byId(id, TenantContext.newRequestId()))
        .filter(found -> !found.isSuspended());
  }
}
