package io.brandcloud.provisioning.actions.domain;

import java.util.List;

/**
 * What a customer or staff asks of a server: the action and, where it takes one, the image to
 * rebuild with (and the organisation's SSH keys to put on it), the plan to resize to, the new host
 * name, the backup to restore or the snapshot to restore or delete.
 */
public record ServerCommand(
    ServerActionType type,
    String image,
    Long planId,
    String hostname,
    List<Long> sshKeyIds,
    String backupId,
    String snapshotId) {

  public ServerCommand {
    sshKeyIds = sshKeyIds == null ? List.of() : sshKeyIds;
  }

  public static ServerCommand of(ServerActionType type) {
    return new ServerCommand(type, null, null, null, List.of(), null, null);
  }

  public static ServerCommand rebuild(String image, List<Long> sshKeyIds) {
    return new ServerCommand(ServerActionType.REBUILD, image, null, null, sshKeyIds, null, null);
  }

  public static ServerCommand restore(String backupId) {
    return new ServerCommand(
        ServerActionType.RESTORE_BACKUP, null, null, null, List.of(), backupId, null);
  }

  /** Restores or deletes one of the server's snapshots. */
  public static ServerCommand onSnapshot(ServerActionType type, String snapshotId) {
    return new ServerCommand(type, null, null, null, List.of(), null, snapshotId);
  }
}
