package io.brandcloud.provisioning.servers.application;

import java.util.List;
import java.util.Map;

/**
 * What an order adds to a plain server: the plan's backup add-on, the organisation's SSH keys put
 * on it when it is built, cloud-init user data or instead a one-click app ({@code appId}) filled
 * with the customer's answers ({@code appFields}), and a firewall preset whose rules it gets once
 * built.
 */
public record ServerExtras(
    boolean backup,
    List<Long> sshKeyIds,
    String userData,
    Long firewallPresetId,
    Long appId,
    Map<String, String> appFields) {

  public static final ServerExtras NONE = withBackup(false);

  public ServerExtras {
    sshKeyIds = sshKeyIds == null ? List.of() : sshKeyIds;
    appFields = appFields == null ? Map.of() : appFields;
  }

  public static ServerExtras withBackup(boolean backup) {
    return new ServerExtras(backup, List.of(), null, null, null, null);
  }
}
