package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.keys.domain.SshPublicKey;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DigitalOcean embeds only keys its account already holds, named by id or fingerprint: the
 * account's keys are read once per build and each key not among them is added.
 */
final class AccountKeys {

  private AccountKeys() {}

  /** The fingerprints to name in a droplet's {@code ssh_keys}. */
  static List<String> fingerprints(VendorApi api, String tenantTag, List<String> sshKeys) {
    Set<String> held =
        DigitalOceanPages.all(api, "/v2/account/keys", "ssh_keys").stream()
            .map(key -> text(key, "fingerprint"))
            .collect(Collectors.toSet());
    return sshKeys.stream()
        .map(SshPublicKey::parse)
        .map(
            key ->
                held.contains(key.md5Fingerprint())
                    ? key.md5Fingerprint()
                    : add(api, tenantTag, key))
        .toList();
  }

  /**
   * Adds the key and names it by the fingerprint computed here: another build that added the same
   * key a moment earlier makes DigitalOcean refuse this one as "already in use", and the key is
   * there all the same.
   */
  private static String add(VendorApi api, String tenantTag, SshPublicKey key) {
    String fingerprint = key.md5Fingerprint();
    try {
      api.post(
          "/v2/account/keys",
          VendorJson.object()
              .add("name", tenantTag + " " + fingerprint.substring(0, 11))
              .add("public_key", key.openSsh())
              .build());
    } catch (ProviderException e) {
      if (e.kind() != ProviderException.Kind.REFUSED) {
        throw e;
      }
    }
    return fingerprint;
  }
}
