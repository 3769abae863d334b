package io.brandcloud.web.websocket;

import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.TenantContext;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which pages may open a tenant's sockets: a browser says where its page came from ({@code
 * Origin}), and only the platform's own address and the tenant's own domains are taken, so no other
 * site's script can use a ticket its visitor holds. A client that is no browser sends no origin and
 * holds the ticket itself. Recorded during the handshake, into the connection's own properties
 * (WebSocket 2.1 gives each connection its copy), and checked once the ticket names the tenant.
 */
public class SocketOrigins extends ServerEndpointConfig.Configurator {

  static final String ORIGIN = SocketOrigins.class.getName() + ".origin";
  static final String REFUSED = "origin refused";

  @Override
  public void modifyHandshake(
      ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
    config.getUserProperties().put(ORIGIN, originOf(request.getHeaders()));
  }

  private static String originOf(Map<String, List<String>> headers) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase("Origin"))
        .flatMap(header -> header.getValue().stream())
        .findFirst()
        .orElse("");
  }

  /** Whether the page that opened {@code session} may use a socket of {@code tenant}. */
  static boolean allowed(Session session, TenantContext tenant, TenantDirectory directory) {
    Object recorded = session.getUserProperties().get(ORIGIN);
    String origin = recorded == null ? "" : recorded.toString().strip();
    if (origin.isEmpty()) {
      return true;
    }
    URI page;
    try {
      page = URI.create(origin);
    } catch (IllegalArgumentException e) {
      return false;
    }
    if (page.getHost() == null) {
      return false;
    }
    if (sameOrigin(page, URI.create(PublicUrls.base()))) {
      return true;
    }
    return directory
        .byDomain(page.getHost().toLowerCase(Locale.ROOT), tenant.requestId())
        .filter(owner -> owner.tenantId() == tenant.tenantId())
        .isPresent();
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme() != null
        && a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }
}
