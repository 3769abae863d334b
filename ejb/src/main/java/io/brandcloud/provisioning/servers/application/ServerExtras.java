package io.brandcloud.provisioning.servers.application;

import java.util.List;
import java.util.Map;

/**
 * What an order adds to a plain server: the plan's backup add-on, the organisation's SSH keys put
 * on it when it is built, cloud-init user data or instead a one-click app ({@code appId}) filled
 * with the customer's answers ({@code appFields}), a firewall preset whose rules it gets once
 * built, and how many extra IPv4 addresses it is given once built ({@code extraIpv4}).
 */
public record ServerExtras(
    boolean backup,
    List<Long> sshKeyIds,
    String userData,
    Long firewallPresetId,
    Long appId,
    Map<String, String> appFields,
    Integer extraIpv4) {

  public static final ServerExtras NONE = withBackup(false);

  public ServerExtras {
    sshKeyIds = sshKeyIds == null ? List.of() : sshKeyIds;
    appFields = appFields == null ? Map.of() : appFields;
    extraIpv4 = extraIpv4 == null ? 0 : extraIpv4;
  }

  public static ServerExtras withBackup(boolean backup) {
    return new ServerExtras(backup, List.of(), null, null, null, null, 0);
  }
}
