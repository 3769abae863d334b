package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.object;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.keys.domain.SshPublicKey;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * VirtFusion builds with SSH keys its user holds, named by id: each key is found among the tenant
 * user's keys by its key data and added to them when it is not there yet.
 */
final class UserKeys {

  private UserKeys() {}

  static List<Long> ids(VendorApi api, long owner, List<String> sshKeys) {
    if (sshKeys.isEmpty()) {
      return List.of();
    }
    List<JsonValue> held = array(api.get("/api/v1/ssh_keys/user/" + owner), "data");
    return sshKeys.stream().map(key -> ensure(api, owner, held, SshPublicKey.parse(key))).toList();
  }

  private static long ensure(VendorApi api, long owner, List<JsonValue> held, SshPublicKey key) {
    Optional<String> id =
        held.stream()
            .filter(k -> sameKey(text(k, "publicKey"), key))
            .map(k -> text(k, "id"))
            .findFirst();
    if (id.isPresent()) {
      return Long.parseLong(id.get());
    }
    JsonValue added =
        api.post(
            "/api/v1/ssh_keys",
            VendorJson.object()
                .add("userId", owner)
                .add("name", key.fingerprint())
                .add("publicKey", key.openSsh())
                .build());
    return Long.parseLong(text(object(added, "data"), "id"));
  }

  private static boolean sameKey(String publicKey, SshPublicKey key) {
    if (publicKey == null) {
      return false;
    }
    String[] parts = publicKey.strip().split("\\s+");
    return parts.length >= 2 && parts[0].equals(key.type()) && parts[1].equals(key.data());
  }
}
