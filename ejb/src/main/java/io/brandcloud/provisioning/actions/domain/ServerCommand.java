package io.brandcloud.provisioning.actions.domain;

import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import java.util.List;

/**
 * What a customer or staff asks of a server: the action and, where it takes one, the image to
 * rebuild with (and the organisation's SSH keys to put on it), the plan to resize to, the new host
 * name, the backup to restore, the snapshot to restore or delete, the firewall rules to apply, the
 * volume to create or change, or the extra address to release.
 */
public record ServerCommand(
    ServerActionType type,
    String image,
    Long planId,
    String hostname,
    List<Long> sshKeyIds,
    String backupId,
    String snapshotId,
    FirewallRules firewall,
    VolumeChange volume,
    String address) {

  public ServerCommand {
    sshKeyIds = sshKeyIds == null ? List.of() : sshKeyIds;
  }

  /** A command that changes no volume and no address. */
  public ServerCommand(
      ServerActionType type,
      String image,
      Long planId,
      String hostname,
      List<Long> sshKeyIds,
      String backupId,
      String snapshotId,
      FirewallRules firewall) {
    this(type, image, planId, hostname, sshKeyIds, backupId, snapshotId, firewall, null, null);
  }

  public static ServerCommand of(ServerActionType type) {
    return new ServerCommand(type, null, null, null, List.of(), null, null, null);
  }

  public static ServerCommand rebuild(String image, List<Long> sshKeyIds) {
    return new ServerCommand(
        ServerActionType.REBUILD, image, null, null, sshKeyIds, null, null, null);
  }

  public static ServerCommand restore(String backupId) {
    return new ServerCommand(
        ServerActionType.RESTORE_BACKUP, null, null, null, List.of(), backupId, null, null);
  }

  /** Replaces the server's firewall rules; none removes its firewall. */
  public static ServerCommand firewall(FirewallRules rules) {
    return new ServerCommand(
        ServerActionType.SET_FIREWALL, null, null, null, List.of(), null, null, rules);
  }

  /** Creates, attaches, detaches, grows or deletes a volume. */
  public static ServerCommand onVolume(ServerActionType type, VolumeChange volume) {
    return new ServerCommand(type, null, null, null, List.of(), null, null, null, volume, null);
  }

  /** Adds an extra IPv4 address (none named) or releases {@code address}. */
  public static ServerCommand onAddress(ServerActionType type, String address) {
    return new ServerCommand(type, null, null, null, List.of(), null, null, null, null, address);
  }

  /** Restores or deletes one of the server's snapshots. */
  public static ServerCommand onSnapshot(ServerActionType type, String snapshotId) {
    return new ServerCommand(type, null, null, null, List.of(), null, snapshotId, null);
  }
}
