package io.brandcloud.provisioning.actions.domain;

/**
 * What a volume action takes: the volume ({@code volumeId}) to attach, detach, grow or delete; the
 * {@code name} of a new one; the size in GB of a new one or the size to grow to.
 */
public record VolumeChange(Long volumeId, String name, Integer sizeGb) {

  public static VolumeChange create(String name, Integer sizeGb) {
    return new VolumeChange(null, name, sizeGb);
  }

  public static VolumeChange of(Long volumeId) {
    return new VolumeChange(volumeId, null, null);
  }

  public static VolumeChange resize(Long volumeId, Integer sizeGb) {
    return new VolumeChange(volumeId, null, sizeGb);
  }
}
