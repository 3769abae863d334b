package io.brandcloud.provisioning.domain;

/** What the provider says about a server it builds or runs. */
public record ProviderServerState(Phase phase, String ipv4) {

  /** The provider's view of progress. */
  public enum Phase {
    BUILDING,
    RUNNING,
    FAILED
  }
}
