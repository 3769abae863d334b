package io.brandcloud.provisioning.providers.infrastructure.digitalocean;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/**
 * DigitalOcean's API for one account. Errors read {@code {"id","message"}}; a few endpoints answer
 * {@code {"error","messages"}} instead.
 */
final class DigitalOceanApi {

  private DigitalOceanApi() {}

  static VendorApi of(ProviderAccount account) {
    return new VendorApi(ProviderType.DIGITALOCEAN.endpoint(), account, DigitalOceanApi::errors);
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
