package io.brandcloud.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;

/**
 * Requests over {@code java.net.http} to an address a tenant typed, sent to the address {@link
 * OutboundAddresses} checked: the request line names the checked IP address, the {@code Host}
 * header and the TLS server name (SNI, against which the certificate is verified) keep the name.
 * Java 17's client takes no resolver, so this is how a second lookup is avoided. It speaks
 * HTTP/1.1, whose {@code Host} header names the server (HTTP/2's authority would be the address).
 * Setting {@code Host} needs the JVM started with {@code
 * -Djdk.httpclient.allowRestrictedHeaders=host}, which the server configuration sets; without it
 * such calls are refused, never sent by name.
 */
public final class PinnedHttp {

  private static final int MAX_CLIENTS = 256;
  private static final Map<String, HttpClient> CLIENTS = new ConcurrentHashMap<>();

  private PinnedHttp() {}

  /** A checked target: where to connect, and the name the server knows itself by. */
  public record Target(URI uri, InetAddress address) {

    /** The address the request is sent to, the checked IP in place of the name. */
    public URI pinned() {
      StringBuilder text =
          new StringBuilder(uri.getScheme()).append("://").append(literal(address));
      if (uri.getPort() != -1) {
        text.append(':').append(uri.getPort());
      }
      text.append(uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath());
      if (uri.getRawQuery() != null) {
        text.append('?').append(uri.getRawQuery());
      }
      return URI.create(text.toString());
    }

    /** The {@code Host} header: the name, with the port when it is not the scheme's own. */
    public String hostHeader() {
      return uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }
  }

  /** Looks the host of {@code uri} up once and checks it: the target, or a refusal. */
  public static Target target(URI uri) throws OutboundRefusal {
    if (uri.getHost() == null) {
      throw new OutboundRefusal("the address has no host");
    }
    return new Target(uri, OutboundAddresses.permitted(uri.getHost()));
  }

  /** A request to {@code target}, sent to its checked address under its own name. */
  public static HttpRequest.Builder request(Target target) throws OutboundRefusal {
    try {
      return HttpRequest.newBuilder(target.pinned()).header("Host", target.hostHeader());
    } catch (IllegalArgumentException e) {
      throw new OutboundRefusal(
          "this server does not let the panel name the host it calls"
              + " (start it with -Djdk.httpclient.allowRestrictedHeaders=host)");
    }
  }

  /**
   * The client for {@code target}: no redirects (an answer cannot send the panel elsewhere), no
   * proxy, and TLS that presents and verifies the target's name.
   */
  public static HttpClient client(Target target, Duration connectTimeout) {
    String name = target.uri().getHost().toLowerCase(Locale.ROOT);
    if (CLIENTS.size() > MAX_CLIENTS) {
      CLIENTS.clear();
    }
    return CLIENTS.computeIfAbsent(
        name + "|" + connectTimeout.toMillis(),
        key -> {
          HttpClient.Builder client =
              HttpClient.newBuilder()
                  // HTTP/2 would name the IP address as the request's authority, not the host
                  .version(HttpClient.Version.HTTP_1_1)
                  .connectTimeout(connectTimeout)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .proxy(HttpClient.Builder.NO_PROXY);
          if (!isLiteral(name)) {
            SSLParameters tls = new SSLParameters();
            tls.setServerNames(List.of(new SNIHostName(name)));
            client.sslParameters(tls);
          }
          return client.build();
        });
  }

  private static boolean isLiteral(String host) {
    return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
  }

  private static String literal(InetAddress address) {
    try {
      // without a scope id: a link-local address would never have passed the check anyway
      String text = InetAddress.getByAddress(address.getAddress()).getHostAddress();
      return address instanceof Inet6Address ? "[" + text + "]" : text;
    } catch (UnknownHostException e) {
      throw new IllegalStateException("An address of the right length was refused", e);
    }
  }
}
