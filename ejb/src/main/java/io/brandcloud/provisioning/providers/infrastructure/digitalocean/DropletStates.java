package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.flag;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import jakarta.json.JsonValue;

/**
 * A droplet's {@code status} as our phases: {@code new} builds, {@code active} runs, {@code off} is
 * stopped, {@code archive} is gone; a locked droplet is busy with an action.
 */
final class DropletStates {

  private DropletStates() {}

  static ProviderServerState of(JsonValue droplet) {
    String status = String.valueOf(text(droplet, "status"));
    Phase phase =
        switch (status) {
          case "new" -> Phase.BUILDING;
          case "archive" -> Phase.GONE;
          case "off" -> Phase.STOPPED;
          default -> Phase.RUNNING;
        };
    if (flag(droplet, "locked") && phase != Phase.BUILDING && phase != Phase.GONE) {
      phase = Phase.BUSY;
    }
    return new ProviderServerState(
        phase, publicAddress(droplet, "v4"), publicAddress(droplet, "v6"));
  }

  /** The droplet's public address of a version ({@code v6} only where IPv6 was switched on). */
  private static String publicAddress(JsonValue droplet, String version) {
    return array(object(droplet, "networks"), version).stream()
        .filter(network -> "public".equals(text(network, "type")))
        .map(network -> text(network, "ip_address"))
        .findFirst()
        .orElse(null);
  }
}
