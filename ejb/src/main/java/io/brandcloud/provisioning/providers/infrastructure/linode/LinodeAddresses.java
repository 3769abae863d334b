package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.infrastructure.vendor.Ipv4Literal;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Extra public IPv4 addresses allocated to a Linode ({@code POST …/ips}); Linode gives them at once
 * (and may ask the account holder to justify them first: that refusal is shown as it came). On a
 * retry, a public address the Linode has beyond those the panel knows is one a lost answer left,
 * taken as it is.
 */
final class LinodeAddresses {

  private LinodeAddresses() {}

  static String add(VendorApi api, String instance, Set<String> known, boolean retried) {
    Optional<String> left =
        retried
            ? array(object(api.get(instance + "/ips"), "ipv4"), "public").stream()
                .map(ip -> text(ip, "address"))
                .filter(Objects::nonNull)
                .filter(address -> !known.contains(address))
                .findFirst()
            : Optional.empty();
    if (left.isPresent()) {
      return left.get();
    }
    String address =
        text(
            api.post(
                instance + "/ips",
                VendorJson.object().add("type", "ipv4").add("public", true).build()),
            "address");
    if (address == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "Linode answered an address without the address");
    }
    return address;
  }

  static void remove(VendorApi api, String instance, String address) {
    api.deleteIfPresent(instance + "/ips/" + Ipv4Literal.require(address));
  }
}
