package io.brandcloud.provisioning.servers.application;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import java.io.Serializable;
import java.util.List;

/**
 * What a server's provider lets its owner do with it ({@code actions}, wire names), which of those
 * need it stopped first, whether its provider measures usage, whether its console opens here, and
 * whether a rebuild can put new SSH keys on it.
 */
public record ServerControls(
    String provider,
    List<String> actions,
    List<String> needStopped,
    boolean measuresUsage,
    boolean console,
    boolean sshKeysOnRebuild)
    implements Serializable {

  static ServerControls of(CloudProvider provider, boolean console) {
    return new ServerControls(
        provider.type().displayName(),
        provider.actions().stream()
            .filter(ServerActionType::askedByName)
            .filter(a -> a != ServerActionType.SUSPEND && a != ServerActionType.UNSUSPEND)
            .sorted()
            .map(ServerActionType::wireName)
            .toList(),
        provider.needStopped().stream().sorted().map(ServerActionType::wireName).toList(),
        provider.measuresUsage(),
        console,
        provider.takesSshKeysOnRebuild());
  }

  public boolean offers(String action) {
    return actions.contains(action);
  }
}
