package io.brandcloud.provisioning.infrastructure.linode;

import static io.brandcloud.provisioning.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.domain.ProviderAccount;
import io.brandcloud.provisioning.infrastructure.vendor.VendorApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/**
 * Linode's API for one account. Its errors read {@code {"errors":[{"field","reason"}]}}; the field
 * is named where there is one.
 */
final class LinodeApi {

  private final VendorApi api;

  LinodeApi(ProviderAccount account) {
    this.api = new VendorApi("Linode", account, LinodeApi::errors);
  }

  JsonValue get(String path) {
    return api.get(path);
  }

  JsonValue post(String path, JsonObject body) {
    return api.post(path, body);
  }

  JsonValue put(String path, JsonObject body) {
    return api.put(path, body);
  }

  void deleteIfPresent(String path) {
    api.deleteIfPresent(path);
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
