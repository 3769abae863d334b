package io.brandcloud.provisioning.providers.application;

import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Validation;

/** Checks what staff type for a connection: where its API answers and its token. */
final class ConnectionSettings {

  private static final int MAX_URL = 300;
  private static final int MAX_TOKEN = 4096;

  private ConnectionSettings() {}

  /**
   * An http(s) address without credentials, query or fragment, without a trailing slash, where the
   * vendor's API may be called (see {@link ProviderType#endpoint}); null for the provider's default
   * (required where there is none, as for VirtFusion).
   */
  static String apiUrl(ProviderType type, String value) {
    if (type == ProviderType.SIMULATOR) {
      return null;
    }
    String text = Validation.optionalText("apiUrl", value, MAX_URL);
    if (text == null) {
      if (type.needsApiUrl()) {
        throw BrandcloudException.invalid(
            "apiUrl", "A " + type + " connection needs the address of its panel");
      }
      return null;
    }
    return type.endpoint().requireUrl("apiUrl", text, "https://panel.example.com");
  }

  static String requireToken(String token) {
    String text = Validation.requireText("token", token, MAX_TOKEN);
    if (text.chars().anyMatch(Character::isWhitespace)) {
      throw BrandcloudException.invalid("token", "An API token has no spaces");
    }
    return text;
  }
}
