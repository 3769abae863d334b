package io.brandcloud.fraud.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The network a client address counts in: its /24 for IPv4 and its /64 for IPv6, the blocks one
 * customer line or one host commonly holds whole. Only address literals are read: a host name is
 * never looked up.
 */
public final class ClientNetwork {

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

  private ClientNetwork() {}

  /** {@code 203.0.113.0/24} for {@code 203.0.113.7}; empty for what is not an address literal. */
  public static Optional<String> of(String address) {
    return bytes(address)
        .map(
            bytes -> {
              if (bytes.length == 4) {
                return (bytes[0] & 0xff)
                    + "."
                    + (bytes[1] & 0xff)
                    + "."
                    + (bytes[2] & 0xff)
                    + ".0/24";
              }
              Arrays.fill(bytes, 8, 16, (byte) 0);
              return text(bytes) + "/64";
            });
  }

  /**
   * The address as one form writes it whatever form it came in ({@code 2001:db8::1} and {@code
   * 2001:db8:0:0:0:0:0:1} are one address; a mapped IPv4 address is its IPv4 address); empty for
   * what is not an address literal.
   */
  public static Optional<String> canonical(String address) {
    return bytes(address).map(ClientNetwork::text);
  }

  private static Optional<byte[]> bytes(String address) {
    if (address == null) {
      return Optional.empty();
    }
    String text = address.trim();
    boolean v4 = IPV4.matcher(text).matches();
    if (!v4 && (!text.contains(":") || !IPV6.matcher(text).matches())) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  private static String text(byte[] bytes) {
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
