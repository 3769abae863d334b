package io.brandcloud.provisioning.providers.domain;

/** A server the provider accepted to build: its id there and the root password it will have. */
public record CreatedServer(String externalId, String rootPassword) {

  @Override
  public String toString() {
    return "CreatedServer[" + externalId + "]";
  }
}
