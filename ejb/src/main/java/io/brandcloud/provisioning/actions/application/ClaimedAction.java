package io.brandcloud.provisioning.actions.application;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.providers.domain.ProviderAccount;
import io.brandcloud.provisioning.providers.domain.ProviderType;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.servers.domain.ServerReferences;
import java.util.List;
import java.util.Set;

/**
 * A server action a worker holds, with everything its provider call needs, so the call itself reads
 * nothing from the database. {@code attempt} fences the claim: a result is applied only while the
 * row is still running under the same attempt. {@code providerTask} is the provider's handle of
 * work it accepted earlier ({@link #SETTLE} when a retry found the server busy and waits for it);
 * {@code rootPassword} the one chosen when the action was asked for, {@code sshKeys} the keys
 * chosen then, {@code ipv4} the server's address as we know it, {@code volume} the volume a volume
 * action is about, {@code address} the extra address an address action is about.
 */
record ClaimedAction(
    long id,
    long serverId,
    ServerActionType type,
    int attempt,
    String requestId,
    ProviderType providerType,
    ProviderAccount account,
    String externalId,
    ServerSpec spec,
    String parameter,
    String providerTask,
    String rootPassword,
    List<String> sshKeys,
    String ipv4,
    ClaimedVolume volume,
    ClaimedAddress address) {

  /**
   * The volume as its provider knows it: by {@code providerName} before it was created, by {@code
   * externalId} after; in {@code region}, with {@code sizeGb}.
   */
  record ClaimedVolume(
      long id, String providerName, String externalId, String region, int sizeGb) {}

  /**
   * The extra address: {@code address} once the provider gave it; {@code known} every address the
   * panel knows the server has, its own included, so a retried add takes one it finds beyond them.
   */
  record ClaimedAddress(long id, String address, Set<String> known) {}

  /** The handle of a retry that waits for the server to settle instead of asking again. */
  static final String SETTLE = "settle";

  /** What the provider knows our server by, so a repeated create finds the first one. */
  String reference() {
    return ServerReferences.of(account.tenantTag(), serverId);
  }

  boolean watching() {
    return providerTask != null;
  }

  @Override
  public String toString() {
    return "ClaimedAction[" + id + " " + type + " of server " + serverId + "]";
  }
}
