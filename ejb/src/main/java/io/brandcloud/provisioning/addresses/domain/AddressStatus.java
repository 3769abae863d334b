package io.brandcloud.provisioning.addresses.domain;

/** Where an extra address is in its life; only one the provider gave is billed. */
public enum AddressStatus {
  /** Asked for; the provider has not given it yet. */
  ADDING,
  ACTIVE,
  /** Its release was asked for: billed no more, released at the provider next. */
  REMOVING,
  /** The provider released it. */
  REMOVED,
  /** The provider gave none; nothing was billed. */
  FAILED;

  /** Whether the address is still the server's (or is about to be). */
  public boolean live() {
    return this == ADDING || this == ACTIVE || this == REMOVING;
  }
}
