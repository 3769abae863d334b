package io.brandcloud.provisioning.domain;

/**
 * The kinds of upstream cloud a tenant can connect, with the API address each answers at unless a
 * connection says otherwise (staging, a contract mock, a reseller's own VirtFusion panel).
 */
public enum ProviderType {
  SIMULATOR("The simulator", null, false),
  VIRTFUSION("VirtFusion", null, true),
  LINODE("Linode", "https://api.linode.com", true),
  DIGITALOCEAN("DigitalOcean", "https://api.digitalocean.com", true);

  private final String displayName;
  private final String defaultApiUrl;
  private final boolean needsToken;

  ProviderType(String displayName, String defaultApiUrl, boolean needsToken) {
    this.displayName = displayName;
    this.defaultApiUrl = defaultApiUrl;
    this.needsToken = needsToken;
  }

  /** The vendor's own name for itself. */
  public String displayName() {
    return displayName;
  }

  /** Where the provider's API answers by default; VirtFusion has none (each panel is its own). */
  public String defaultApiUrl() {
    return defaultApiUrl;
  }

  public boolean needsToken() {
    return needsToken;
  }

  /** Whether a connection must say where the API is. */
  public boolean needsApiUrl() {
    return this != SIMULATOR && defaultApiUrl == null;
  }
}
