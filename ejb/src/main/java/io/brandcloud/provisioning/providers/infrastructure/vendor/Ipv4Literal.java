package io.brandcloud.provisioning.providers.infrastructure.vendor;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import java.util.regex.Pattern;

/** A dotted IPv4 address, checked before it becomes part of a vendor's URL. */
public final class Ipv4Literal {

  private static final Pattern DOTTED =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

  private Ipv4Literal() {}

  /** The address, or "not found" for anything else: no such address can be the server's. */
  public static String require(String address) {
    if (address == null || !DOTTED.matcher(address).matches()) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No address " + address);
    }
    return address;
  }
}
