package io.brandcloud.provisioning.volumes.domain;

/** Where a volume is in its life; only a volume the provider created is billed. */
public enum VolumeStatus {
  /** Asked for; the provider has not made it yet. */
  CREATING,
  ATTACHED,
  /** Being attached to the server it now belongs to. */
  ATTACHING,
  /** Kept with its data, attached to no server; attachable to another in its region. */
  DETACHED,
  /** Being detached from its server. */
  DETACHING,
  /** Its deletion was asked for: billed no more, deleted at the provider next. */
  DELETING,
  /** The provider deleted it. */
  DELETED,
  /** The provider could not create it; nothing was billed. */
  FAILED;

  /** Whether the volume still exists (or is about to) at the provider. */
  public boolean live() {
    return this != DELETED && this != FAILED;
  }
}
