package io.brandcloud.shared;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where the panel may connect when it works for a tenant: only to public addresses, so that nobody
 * who can type an address (a tenant admin's provider panel, mailbox or gateway) can make the panel
 * call the platform's own network, its management interface or a cloud's metadata service. A name
 * is looked up once and the caller connects to the address that was checked, so a second lookup
 * cannot answer differently.
 *
 * <p>Operators of an on-premises installation, and the tests with their stand-ins on loopback,
 * allow private addresses with {@code BRANDCLOUD_OUTBOUND_PRIVATE_HOSTS=allowed} or the system
 * property {@value #PROPERTY}, which wins. (The older {@code BRANDCLOUD_MAILBOX_PRIVATE_HOSTS}
 * allowed mailboxes only; it is not read, so that nobody allows more than they meant.)
 */
public final class OutboundAddresses {

  public static final String VARIABLE = "BRANDCLOUD_OUTBOUND_PRIVATE_HOSTS";
  public static final String PROPERTY = "brandcloud.outbound.private-hosts";
  private static final String ALLOWED = "allowed";

  /** Numbers and dots where a part has a leading zero: octal to some readers, decimal to others. */
  private static final Pattern AMBIGUOUS = Pattern.compile("[0-9.]*(^|\\.)0[0-9][0-9.]*");

  private OutboundAddresses() {}

  /** Whether the operator lets tenants' connections reach private addresses. */
  public static boolean privateAllowed() {
    String property = System.getProperty(PROPERTY);
    if (property != null) {
      return ALLOWED.equals(property.strip().toLowerCase(Locale.ROOT));
    }
    return allowed(System.getenv(VARIABLE));
  }

  private static boolean allowed(String value) {
    return value != null && ALLOWED.equals(value.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The address to connect to for {@code host}: looked up once, and refused unless every address
   * the name has is public (or the operator allows private ones). A name that does not resolve is
   * refused too.
   */
  public static InetAddress permitted(String host) throws OutboundRefusal {
    if (host == null || host.isBlank()) {
      throw new OutboundRefusal("no host is given");
    }
    String name = unbracketed(host.strip());
    if (AMBIGUOUS.matcher(name).matches()) {
      // 0177.0.0.1 is 127.0.0.1 to C libraries and 177.0.0.1 to Java: taken by neither reading
      throw notPublic(name);
    }
    List<InetAddress> addresses;
    try {
      addresses = List.of(InetAddress.getAllByName(name));
    } catch (UnknownHostException | RuntimeException e) {
      // an ambiguous literal such as 0177.0.0.1 is refused by the JDK as well
      throw notPublic(name);
    }
    if (addresses.isEmpty()) {
      throw notPublic(name);
    }
    if (!privateAllowed()) {
      for (InetAddress address : addresses) {
        if (!isPublic(address)) {
          throw notPublic(name);
        }
      }
    }
    return addresses.get(0);
  }

  /**
   * One answer for a name that does not resolve, resolves inside or is ambiguous: which internal
   * names exist is nothing a tenant learns here.
   */
  private static OutboundRefusal notPublic(String name) {
    return new OutboundRefusal(name + " does not resolve to a public address");
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  /**
   * Whether {@code address} is on the public internet: IPv4 outside the special-purpose ranges of
   * RFC 6890 and its successors, IPv6 in global unicast 2000::/3 outside the ranges that tunnel to
   * or stand for other addresses. IPv4-mapped IPv6 addresses arrive here as IPv4 ({@link
   * InetAddress} converts them).
   */
  public static boolean isPublic(InetAddress address) {
    byte[] bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      return isPublicV4(bytes);
    }
    if (address instanceof Inet6Address) {
      return isPublicV6(bytes);
    }
    return false;
  }

  private static boolean isPublicV4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    int third = b[2] & 0xff;
    return !(first == 0 // "this network"
        || first == 10
        || first == 100 && (second & 0xc0) == 64 // shared address space, 100.64/10
        || first == 127
        || first == 169 && second == 254
        || first == 172 && (second & 0xf0) == 16
        || first == 192 && second == 0 && (third == 0 || third == 2) // IETF, TEST-NET-1
        || first == 192 && second == 88 && third == 99 // 6to4 relays
        || first == 192 && second == 168
        || first == 198 && (second & 0xfe) == 18 // benchmarking, 198.18/15
        || first == 198 && second == 51 && third == 100
        || first == 203 && second == 0 && third == 113
        || first >= 224); // multicast, reserved and broadcast
  }

  private static boolean isPublicV6(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    int third = b[2] & 0xff;
    int fourth = b[3] & 0xff;
    if ((first & 0xe0) != 0x20) {
      return false; // outside global unicast: loopback, mapped, NAT64, ULA, link-local, multicast
    }
    boolean teredoOrIetf = first == 0x20 && second == 0x01 && third == 0 && (fourth & 0xfe) == 0;
    boolean orchid = first == 0x20 && second == 0x01 && third == 0 && (fourth & 0xe0) == 0x20;
    boolean documentation = first == 0x20 && second == 0x01 && third == 0x0d && fourth == 0xb8;
    boolean sixToFour = first == 0x20 && second == 0x02;
    return !(teredoOrIetf || orchid || documentation || sixToFour);
  }
}
