package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** A Linode's {@code status} as our phases, with its public IPv4 address. */
final class LinodeStates {

  private LinodeStates() {}

  static ProviderServerState of(JsonValue linode) {
    String status = text(linode, "status");
    Phase phase =
        switch (status == null ? "" : status) {
          case "running" -> Phase.RUNNING;
          case "offline", "stopped" -> Phase.STOPPED;
          case "provisioning" -> Phase.BUILDING;
          case "billing_suspension" -> Phase.SUSPENDED;
          default -> Phase.BUSY;
        };
    return new ProviderServerState(phase, publicAddress(linode), ipv6(linode));
  }

  /** Linode's SLAAC address, written with its prefix length ({@code 2600:3c03::…/128}). */
  private static String ipv6(JsonValue linode) {
    String address = text(linode, "ipv6");
    if (address == null || address.isBlank()) {
      return null;
    }
    int slash = address.indexOf('/');
    return slash < 0 ? address : address.substring(0, slash);
  }

  /** The first address outside the private ranges Linode hands out (192.168.128.0/17). */
  private static String publicAddress(JsonValue linode) {
    return array(linode, "ipv4").stream()
        .filter(JsonString.class::isInstance)
        .map(address -> ((JsonString) address).getString())
        .filter(address -> !address.startsWith("192.168.") && !address.startsWith("10."))
        .findFirst()
        .orElse(null);
  }
}
