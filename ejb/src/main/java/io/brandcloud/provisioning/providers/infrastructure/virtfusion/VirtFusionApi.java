package io.brandcloud.provisioning.providers.infrastructure.virtfusion;

import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.array;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.field;
import static io.brandcloud.provisioning.providers.infrastructure.vendor.VendorJson.text;

import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.infrastructure.vendor.VendorApi;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.stream.Collectors;

/**
 * A VirtFusion panel's API for one account. Errors read {@code {"errors":["…"]}}, or {@code
 * {"msg":"…"}} on older endpoints.
 */
final class VirtFusionApi {

  private VirtFusionApi() {}

  static VendorApi of(ProviderAccount account) {
    return new VendorApi(ProviderType.VIRTFUSION.endpoint(), account, VirtFusionApi::errors);
  }

  private static String errors(JsonValue body) {
    if (field(body, "errors") instanceof JsonString one) {
      return one.getString();
    }
    String listed =
        array(body, "errors").stream()
            .filter(JsonString.class::isInstance)
            .map(e -> ((JsonString) e).getString())
            .collect(Collectors.joining("; "));
    return listed.isEmpty() ? text(body, "msg") : listed;
  }
}
