package io.brandcloud.provisioning.backups.application;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.backups.domain.BackupList;
import io.brandcloud.provisioning.backups.domain.BackupListRepository;
import io.brandcloud.provisioning.providers.application.CloudProviders;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderConnection;
import io.brandcloud.provisioning.providers.domain.ProviderConnectionRepository;
import io.brandcloud.provisioning.servers.application.ServerView;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.provisioning.servers.domain.ServerRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The backups of an organisation's server as the hourly reconciliation last listed them at its
 * provider: a page never waits on the provider. A restore is a server action ({@code
 * restore_backup}) naming one of them; a backup taken now is one too ({@code take_backup}).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ServerBackups {

  @EJB Servers servers;
  @Inject ServerRepository serverRows;
  @Inject ProviderConnectionRepository connections;
  @Inject CloudProviders providers;
  @Inject BackupListRepository lists;

  public BackupsView of(long organisationId, long serverId) {
    ServerView server = servers.ofOrganisation(organisationId, serverId);
    ProviderConnection connection = connectionOf(serverId);
    CloudProvider provider = providers.of(connection.type());
    Optional<BackupList> listed = lists.of(serverId);
    return new BackupsView(
        provider.offersBackups(connection.backupPlan().orElse(null)),
        provider.actions().contains(ServerActionType.RESTORE_BACKUP),
        provider.actions().contains(ServerActionType.TAKE_BACKUP),
        server.backup(),
        server.backupActive(),
        listed.map(BackupList::listedAt).orElse(null),
        listed
            .map(l -> l.backups().stream().map(BackupsView.Backup::of).toList())
            .orElse(List.of()));
  }

  private ProviderConnection connectionOf(long serverId) {
    long connectionId = serverRows.find(serverId).orElseThrow().connectionId();
    return connections.find(connectionId).orElseThrow();
  }
}
