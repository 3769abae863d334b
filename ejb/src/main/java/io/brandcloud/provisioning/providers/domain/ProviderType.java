package io.brandcloud.provisioning.providers.domain;

import io.brandcloud.shared.VendorEndpoint;
import java.util.List;

/**
 * The kinds of upstream cloud a tenant can connect, with the API address each answers at unless a
 * connection says otherwise (staging, a contract mock, a reseller's own VirtFusion panel).
 */
public enum ProviderType {
  SIMULATOR("The simulator", null, false),
  VIRTFUSION("VirtFusion", null, true),
  LINODE("Linode", "api.linode.com", true),
  DIGITALOCEAN("DigitalOcean", "api.digitalocean.com", true);

  private final String displayName;
  private final String apiHost;
  private final boolean needsToken;

  ProviderType(String displayName, String apiHost, boolean needsToken) {
    this.displayName = displayName;
    this.apiHost = apiHost;
    this.needsToken = needsToken;
  }

  /** The vendor's own name for itself. */
  public String displayName() {
    return displayName;
  }

  /** Where the provider's API answers by default; VirtFusion has none (each panel is its own). */
  public String defaultApiUrl() {
    return apiHost == null ? null : "https://" + apiHost;
  }

  /** Where the vendor's API may be called: its own host, or any public one for VirtFusion. */
  public VendorEndpoint endpoint() {
    return new VendorEndpoint(displayName, apiHost == null ? List.of() : List.of(apiHost));
  }

  public boolean needsToken() {
    return needsToken;
  }

  /** Whether a connection must say where the API is. */
  public boolean needsApiUrl() {
    return this != SIMULATOR && apiHost == null;
  }
}
