package io.brandcloud.provisioning.providers.infrastructure.linode;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/**
 * Linode's API for one account. Its errors read {@code {"errors":[{"field","reason"}]}}; the field
 * is named where there is one.
 */
final class LinodeApi {

  private LinodeApi() {}

  static VendorApi of(ProviderAccount account) {
    return new VendorApi(ProviderType.LINODE.endpoint(), account, LinodeApi::errors);
  }

  private static String errors(JsonValue body) {
    return array(body, "errors").stream()
        .map(
            error ->
                text(error, "field") == null
                    ? text(error, "reason")
                    : text(error, "field") + ": " + text(error, "reason"))
        .collect(Collectors.joining("; "));
  }
}
