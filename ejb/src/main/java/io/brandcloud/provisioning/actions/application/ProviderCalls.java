package io.brandcloud.provisioning.actions.application;

import io.brandcloud.provisioning.firewalls.domain.FirewallRules;
import io.brandcloud.provisioning.providers.domain.CloudProvider;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderTask;
import io.brandcloud.provisioning.volumes.application.VolumeRequests;

/** Which provider call carries out which server action. */
final class ProviderCalls {

  private ProviderCalls() {}

  static ProviderTask perform(CloudProvider provider, ProviderAccount account, ClaimedAction a) {
    String id = a.externalId();
    return switch (a.type()) {
      case START -> provider.start(account, id);
      case SHUTDOWN -> provider.shutDown(account, id);
      case POWER_OFF -> provider.powerOff(account, id);
      case REBOOT -> provider.reboot(account, id);
      case REBUILD -> provider.rebuild(account, id, a.parameter(), a.rootPassword(), a.sshKeys());
      case RESET_PASSWORD -> provider.resetPassword(account, id, a.rootPassword());
      case RENAME -> provider.rename(account, id, a.parameter());
      case SET_REVERSE_DNS -> provider.setReverseDns(account, id, a.ipv4(), a.parameter());
      case RESIZE -> provider.resize(account, id, a.spec().planCode());
      case SUSPEND -> provider.suspend(account, id);
      case UNSUSPEND -> provider.unsuspend(account, id);
      case DELETE -> provider.delete(account, id);
      case ENABLE_BACKUPS -> provider.enableBackups(account, id);
      case DISABLE_BACKUPS -> provider.disableBackups(account, id);
      case RESTORE_BACKUP -> provider.restoreBackup(account, id, a.parameter());
      case TAKE_BACKUP -> provider.takeBackup(account, id, a.parameter());
      case TAKE_SNAPSHOT -> provider.takeSnapshot(account, id, a.parameter());
      case RESTORE_SNAPSHOT -> provider.restoreSnapshot(account, id, a.parameter());
      case DELETE_SNAPSHOT -> provider.deleteSnapshot(account, id, a.parameter());
      case SET_FIREWALL -> provider.applyFirewall(account, id, FirewallRules.parse(a.parameter()));
      case ATTACH_VOLUME ->
          provider.attachVolume(account, id, a.volume().region(), a.volume().externalId());
      case DETACH_VOLUME ->
          provider.detachVolume(account, id, a.volume().region(), a.volume().externalId());
      case RESIZE_VOLUME ->
          provider.resizeVolume(
              account,
              a.volume().region(),
              a.volume().externalId(),
              VolumeRequests.sizeOf(a.parameter()));
      case DELETE_VOLUME ->
          a.volume().externalId() == null
              ? ProviderTask.done()
              : provider.deleteVolume(account, a.volume().region(), a.volume().externalId());
      case REMOVE_IPV4 ->
          a.address().address() == null
              ? ProviderTask.done()
              : provider.removeIpv4(account, id, a.address().address());
      case CREATE, CREATE_VOLUME, ADD_IPV4 ->
          throw new IllegalArgumentException("A build is not a single call");
    };
  }
}
