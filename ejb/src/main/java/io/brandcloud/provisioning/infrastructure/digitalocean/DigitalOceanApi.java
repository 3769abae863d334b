package io.brandcloud.provisioning.infrastructure.digitalocean;

import static io.brandcloud.provisioning.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.domain.ProviderAccount;
import io.brandcloud.provisioning.infrastructure.vendor.VendorApi;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/**
 * DigitalOcean's API for one account. Errors read {@code {"id","message"}}; a few endpoints answer
 * {@code {"error","messages"}} instead.
 */
final class DigitalOceanApi {

  private final VendorApi api;

  DigitalOceanApi(ProviderAccount account) {
    this.api = new VendorApi("DigitalOcean", account, DigitalOceanApi::errors);
  }

  JsonValue get(String path) {
    return api.get(path);
  }

  JsonValue post(String path, JsonObject body) {
    return api.post(path, body);
  }

  void deleteIfPresent(String path) {
    api.deleteIfPresent(path);
  }

  private static String errors(JsonValue body) {
    if (text(body, "message") != null) {
      return text(body, "message");
    }
    String messages =
        array(body, "messages").stream()
            .filter(JsonString.class::isInstance)
            .map(m -> ((JsonString) m).getString())
            .collect(Collectors.joining("; "));
    return messages.isEmpty() ? text(body, "error") : messages;
  }
}
