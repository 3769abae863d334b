package io.brandcloud.provisioning.servers.application;

import java.util.List;

/**
 * What an order adds to a plain server: the plan's backup add-on, the organisation's SSH keys put
 * on it when it is built, cloud-init user data, and a firewall preset whose rules it gets once
 * built.
 */
public record ServerExtras(
    boolean backup, List<Long> sshKeyIds, String userData, Long firewallPresetId) {

  public static final ServerExtras NONE = new ServerExtras(false, List.of(), null, null);

  public ServerExtras {
    sshKeyIds = sshKeyIds == null ? List.of() : sshKeyIds;
  }

  public static ServerExtras withBackup(boolean backup) {
    return new ServerExtras(backup, List.of(), null, null);
  }
}
