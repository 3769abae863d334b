package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.AddedAddress;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.providers.infrastructure.vendor.Ipv4Literal;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Extra addresses as reserved IPs made assigned to the droplet; the assignment is an action watched
 * like a droplet's. On a retry, a reserved IP the droplet holds beyond those the panel knows is one
 * a lost answer left, taken as it is. Released ones are unassigned first and then deleted, since
 * DigitalOcean bills a reserved IP kept unassigned.
 */
final class DropletAddresses {

  private static final Duration UNASSIGNING = Duration.ofSeconds(5);

  private DropletAddresses() {}

  static AddedAddress add(VendorApi api, String dropletId, Set<String> known, boolean retried) {
    Optional<String> left =
        retried
            ? DigitalOceanPages.all(api, "/v2/reserved_ips", "reserved_ips").stream()
                .filter(ip -> dropletId.equals(text(object(ip, "droplet"), "id")))
                .map(ip -> text(ip, "ip"))
                .filter(Objects::nonNull)
                .filter(address -> !known.contains(address))
                .findFirst()
            : Optional.empty();
    if (left.isPresent()) {
      return new AddedAddress(left.get(), ProviderTask.done());
    }
    JsonValue answer =
        api.post(
            "/v2/reserved_ips",
            VendorJson.object().add("droplet_id", Long.parseLong(dropletId)).build());
    String address = text(object(answer, "reserved_ip"), "ip");
    if (address == null) {
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE, "DigitalOcean answered a reserved IP without it");
    }
    return new AddedAddress(
        address,
        array(object(answer, "links"), "actions").stream()
            .map(action -> text(action, "id"))
            .filter(Objects::nonNull)
            .findFirst()
            .map(ProviderTask::underWay)
            .orElse(ProviderTask.done()));
  }

  /**
   * Deletes the reserved IP once no droplet holds it; one a droplet holds is unassigned first, and
   * the caller asked to come back once it is.
   */
  static ProviderTask remove(VendorApi api, String address) {
    String path = "/v2/reserved_ips/" + Ipv4Literal.require(address);
    JsonObject reserved;
    try {
      reserved = object(api.get(path), "reserved_ip");
    } catch (ProviderException e) {
      if (e.kind() == ProviderException.Kind.NOT_FOUND) {
        return ProviderTask.done();
      }
      throw e;
    }
    if (!object(reserved, "droplet").isEmpty()) {
      if (!VendorJson.flag(reserved, "locked")) {
        api.post(path + "/actions", VendorJson.object().add("type", "unassign").build());
      }
      throw new ProviderException(
          ProviderException.Kind.UNAVAILABLE,
          "DigitalOcean is unassigning the reserved IP before it can be released",
          UNASSIGNING);
    }
    api.deleteIfPresent(path);
    return ProviderTask.done();
  }
}
