package io.brandcloud.provisioning.providers.domain;

/** What the provider says about one of its servers, with its public addresses where it has them. */
public record ProviderServerState(Phase phase, String ipv4, String ipv6) {

  /** A server the provider gives (or says) no IPv6 address. */
  public ProviderServerState(Phase phase, String ipv4) {
    this(phase, ipv4, null);
  }

  /** The provider's view of the server. */
  public enum Phase {
    BUILDING,
    RUNNING,
    STOPPED,
    /** Working on something (rebooting, rebuilding, resizing …): not to be asked again now. */
    BUSY,
    SUSPENDED,
    FAILED,
    /** The provider has no such server (any more). */
    GONE
  }

  public static ProviderServerState gone() {
    return new ProviderServerState(Phase.GONE, null);
  }
}
