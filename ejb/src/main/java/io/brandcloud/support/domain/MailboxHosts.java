package io.brandcloud.support.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Keeps tenants' mailbox settings off the platform's own network: a host that resolves to a
 * loopback, private, link-local or otherwise local address is refused, so the IMAP client cannot be
 * pointed at internal services. Operators who run their mail server on the same network allow it
 * with {@code BRANDCLOUD_MAILBOX_PRIVATE_HOSTS=allowed}.
 */
public final class MailboxHosts {

  public static final String VARIABLE = "BRANDCLOUD_MAILBOX_PRIVATE_HOSTS";

  private MailboxHosts() {}

  /** True when {@code host} resolves to a local address the platform does not allow. */
  public static boolean forbidden(String host) {
    if ("allowed".equalsIgnoreCase(System.getenv(VARIABLE))) {
      return false;
    }
    try {
      return Arrays.stream(InetAddress.getAllByName(host)).anyMatch(MailboxHosts::local);
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static boolean local(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6
        || sharedV4;
  }
}
