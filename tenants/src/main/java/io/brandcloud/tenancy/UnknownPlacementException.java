package io.brandcloud.tenancy;

/** A placement the registry names but this node has no datasource for. */
public class UnknownPlacementException extends IllegalStateException {

  private final String placement;

  public UnknownPlacementException(String placement) {
    super("No datasource is configured for placement " + placement);
    this.placement = placement;
  }

  public String placement() {
    return placement;
  }
}
