package io.brandcloud.provisioning.firewalls.domain;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A network in CIDR notation, read as a literal address only: nothing here asks DNS, so a name such
 * as {@code cafe} is refused rather than looked up.
 */
final class Network {

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern DOTTED_QUAD = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  // hex digits and colons only: no brackets, zone ids or embedded IPv4, which providers refuse
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:]{2,39}");
  private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

  private Network() {}

  /** The network as written (a lone address with its full prefix), or a 400 saying why not. */
  static String require(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    int slash = value.indexOf('/');
    String address = slash < 0 ? value : value.substring(0, slash);
    boolean v6 = address.contains(":");
    if (v6 ? !IPV6.matcher(address).matches() : !DOTTED_QUAD.matcher(address).matches()) {
      throw notANetwork(text);
    }
    byte[] bytes = bytes(address, text);
    int bits = bytes.length * 8;
    int prefix = bits;
    if (slash >= 0) {
      String prefixText = value.substring(slash + 1);
      if (!PREFIX.matcher(prefixText).matches() || Integer.parseInt(prefixText) > bits) {
        throw notANetwork(text);
      }
      prefix = Integer.parseInt(prefixText);
    }
    BigInteger hostBits =
        new BigInteger(1, bytes)
            .and(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    if (hostBits.signum() != 0) {
      throw FirewallRule.invalid(
          value
              + " is not where a network starts: give its first address, or the address alone"
              + " for just that one");
    }
    return address + "/" + prefix;
  }

  private static byte[] bytes(String address, String text) {
    try {
      // a checked dotted quad, or hex digits with a colon, is a literal to InetAddress: it never
      // asks DNS; an invalid IPv6 text is refused as such
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException | SecurityException e) {
      throw notANetwork(text);
    }
  }

  private static RuntimeException notANetwork(String text) {
    return FirewallRule.invalid(
        "'"
            + (text == null ? "" : text.strip())
            + "' is not an address or a network such as 203.0.113.0/24 or 2001:db8::/32");
  }
}
