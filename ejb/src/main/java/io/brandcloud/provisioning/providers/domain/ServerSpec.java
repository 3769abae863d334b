package io.brandcloud.provisioning.providers.domain;

/**
 * What to build at the provider, with the customer's cloud-init {@code userData} where they gave
 * some (only to a provider that {@link CloudProvider#takesUserData takes it}).
 */
public record ServerSpec(
    String hostname, String planCode, String region, String image, String userData) {

  public ServerSpec(String hostname, String planCode, String region, String image) {
    this(hostname, planCode, region, image, null);
  }

  /** The same server built from another image, e.g. one of the provider's snapshots. */
  public ServerSpec withImage(String other) {
    return new ServerSpec(hostname, planCode, region, other, userData);
  }

  public ServerSpec withUserData(String data) {
    return new ServerSpec(hostname, planCode, region, image, data);
  }
}
