package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.infrastructure.vendor.Ipv4Literal;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Extra IPv4 addresses on the server's primary interface, given at once from the hypervisor group's
 * pool ({@code POST …/ipv4Qty}) and taken back by address, once the server still has it. On a
 * retry, a public address the server has beyond those the panel knows is one a lost answer left,
 * taken as it is.
 */
final class VirtFusionAddresses {

  private static final String PRIMARY = "primary";

  private VirtFusionAddresses() {}

  static String add(VendorApi api, String server, Set<String> known, boolean retried) {
    Optional<String> left = retried ? beyond(api, server, known) : Optional.empty();
    if (left.isPresent()) {
      return left.get();
    }
    List<String> given =
        VendorJson.strings(
                array(
                    api.post(
                        server + "/ipv4Qty",
                        VendorJson.object().add("interface", PRIMARY).add("quantity", 1).build()),
                    "data"))
            .toList();
    if (given.isEmpty()) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "VirtFusion answered no address");
    }
    return given.get(0);
  }

  /**
   * Releases the address; one the server no longer has (a retry after a lost answer) is released.
   */
  static void remove(VendorApi api, String server, String address) {
    String released = Ipv4Literal.require(address);
    if (!VirtFusionServers.publicAddresses(object(api.get(server), "data")).contains(released)) {
      return;
    }
    api.send(
        "DELETE",
        server + "/ipv4",
        VendorJson.object()
            .add("interface", PRIMARY)
            .add("ip", VendorJson.array(List.of(released)))
            .build());
  }

  private static Optional<String> beyond(VendorApi api, String server, Set<String> known) {
    return VirtFusionServers.publicAddresses(object(api.get(server), "data")).stream()
        .filter(address -> !known.contains(address))
        .findFirst();
  }
}
