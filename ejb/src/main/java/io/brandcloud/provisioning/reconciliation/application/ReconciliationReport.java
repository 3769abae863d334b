package io.brandcloud.provisioning.reconciliation.application;

/** What one reconciliation run did in a tenant. */
public record ReconciliationReport(
    int connections, int deletedUpstream, int corrected, int unknown, int unreachable) {

  static ReconciliationReport empty() {
    return new ReconciliationReport(0, 0, 0, 0, 0);
  }

  ReconciliationReport plus(ReconciliationReport other) {
    return new ReconciliationReport(
        connections + other.connections,
        deletedUpstream + other.deletedUpstream,
        corrected + other.corrected,
        unknown + other.unknown,
        unreachable + other.unreachable);
  }

  @Override
  public String toString() {
    return connections
        + " connections, "
        + deletedUpstream
        + " servers deleted upstream, "
        + corrected
        + " corrected, "
        + unknown
        + " unknown upstream, "
        + unreachable
        + " connections unreachable";
  }
}
