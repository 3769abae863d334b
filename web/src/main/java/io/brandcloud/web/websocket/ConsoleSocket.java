package io.brandcloud.web.websocket;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.provisioning.consoles.application.ConsoleGrant;
import io.brandcloud.provisioning.consoles.application.ConsoleTicket;
import io.brandcloud.provisioning.consoles.application.Consoles;
import io.brandcloud.provisioning.consoles.domain.ConsoleStream;
import io.brandcloud.shared.BrandcloudException;
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
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A server's console in the browser: {@code /ws/console/{ticket}} on the host the page came from.
 * The ticket is spent when the socket opens (a used, expired, foreign or malformed one closes it
 * with 1008 "ticket refused"); text typed in the browser goes to the console, what the console
 * writes comes back as text, or, for a VNC console, RFB in binary messages both ways. A console
 * idle for {@link #IDLE} closes.
 */
@ServerEndpoint(value = "/ws/console/{ticket}", configurator = SocketOrigins.class)
public class ConsoleSocket {

  static final Duration IDLE = Duration.ofMinutes(15);
  private static final Logger LOG = Logger.getLogger(ConsoleSocket.class);
  private static final String REFUSED = "ticket refused";
  private static final String UNAVAILABLE = "console unavailable";
  static final int MAX_MESSAGE = 64 * 1024;
  static final String TOO_BIG = "message too big";

  @EJB Consoles consoles;
  @Inject TenantLookup tenants;
  @Inject TenantDirectory directory;

  private final MessageParts parts = new MessageParts(MAX_MESSAGE);
  private TenantContext tenant;
  private ConsoleGrant grant;
  // a console may end (a VNC server refusing, say) and this socket close while it is attached
  private volatile ConsoleStream stream;
  private volatile boolean closed;

  @OnOpen
  public void open(Session session, @PathParam("ticket") String ticket) throws IOException {
    session.setMaxIdleTimeout(IDLE.toMillis());
    try {
      Optional<TenantContext> named = tenantOf(ticket);
      if (named.isPresent() && !SocketOrigins.allowed(session, named.get(), directory)) {
        refuse(session, CloseCodes.VIOLATED_POLICY, SocketOrigins.REFUSED);
        return;
      }
      Optional<ConsoleGrant> spent =
          named.flatMap(found -> CurrentTenant.supplyAs(found, () -> consoles.spend(ticket)));
      if (spent.isEmpty()) {
        refuse(session, CloseCodes.VIOLATED_POLICY, REFUSED);
        return;
      }
      tenant = named.get();
      grant = spent.get();
      SocketScreen screen =
          new SocketScreen(
              session,
              fingerprint ->
                  asCaller(
                      () -> {
                        consoles.trusted(grant, fingerprint);
                        return null;
                      }));
      stream = asCaller(() -> consoles.attach(grant, screen));
      if (closed) {
        stream.close();
        return;
      }
      asCaller(
          () -> {
            consoles.opened(grant);
            return null;
          });
    } catch (BrandcloudException e) {
      refuse(session, CloseCodes.VIOLATED_POLICY, e.getMessage());
    } catch (RuntimeException e) {
      // the ticket is a secret: the log names the server, never the ticket
      LOG.warnf(
          "A console of server %s could not be opened: %s",
          grant == null ? "?" : grant.serverId(), e.toString());
      refuse(session, CloseCodes.UNEXPECTED_CONDITION, UNAVAILABLE);
    }
  }

  /**
   * What one message may carry: a paste of a few pages, not a flood held whole in memory. Taken in
   * parts, so the size is this socket's to enforce (see {@link MessageParts}).
   */
  @OnMessage
  public void type(Session session, String part, boolean last) throws IOException {
    parts.text(part, last).ifPresent(this::typed);
    closeIfTooBig(session);
  }

  /** What a VNC console's browser sends: RFB messages, a few bytes each. */
  @OnMessage
  public void send(Session session, byte[] part, boolean last) throws IOException {
    parts.bytes(part, last).ifPresent(this::sent);
    closeIfTooBig(session);
  }

  private void typed(String keys) {
    if (stream != null) {
      stream.type(keys);
    }
  }

  private void sent(byte[] bytes) {
    if (stream != null) {
      stream.sendBytes(bytes);
    }
  }

  private void closeIfTooBig(Session session) throws IOException {
    if (parts.tooBig() && session.isOpen()) {
      refuse(session, CloseCodes.TOO_BIG, TOO_BIG);
    }
  }

  @OnClose
  public void close(CloseReason reason) {
    closed = true;
    ConsoleStream open = stream;
    if (open == null) {
      return;
    }
    open.close();
    String why =
        reason.getReasonPhrase() == null || reason.getReasonPhrase().isBlank()
            ? "closed (" + reason.getCloseCode().getCode() + ")"
            : reason.getReasonPhrase();
    asCaller(
        () -> {
          consoles.closed(grant, why);
          return null;
        });
  }

  /** A failure after the console opened (the connection broke, a message was too big) ends it. */
  @OnError
  public void failed(Session session, Throwable error) throws IOException {
    LOG.debugf("A console socket failed: %s", error.toString());
    if (session.isOpen()) {
      refuse(session, CloseCodes.UNEXPECTED_CONDITION, UNAVAILABLE);
    }
  }

  private Optional<TenantContext> tenantOf(String ticket) {
    return ConsoleTicket.tenantOf(ticket).stream()
        .boxed()
        .findFirst()
        .flatMap(id -> tenants.byId(id, TenantContext.newRequestId()))
        .filter(found -> !found.isSuspended());
  }

  /** Runs service work as the ticket's caller, in its tenant, as the edge would for a request. */
  private <T> T asCaller(Supplier<T> work) {
    return CurrentTenant.supplyAs(tenant, () -> CurrentCaller.supplyAs(grant.caller(), work));
  }

  private static void refuse(Session session, CloseCodes code, String why) throws IOException {
    session.close(new CloseReason(code, shortened(why)));
  }

  /** A close reason has room for 123 bytes of UTF-8. */
  static String shortened(String why) {
    String text = why == null ? "" : why;
    while (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 123) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
