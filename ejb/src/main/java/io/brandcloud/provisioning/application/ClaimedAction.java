package io.brandcloud.provisioning.application;

import io.brandcloud.provisioning.domain.ProviderType;
import io.brandcloud.provisioning.domain.ServerActionType;
import io.brandcloud.provisioning.domain.ServerSpec;

/**
 * A server action a worker holds, with everything its provider call needs, so the call itself reads
 * nothing from the database. {@code attempt} fences the claim: a result is applied only while the
 * row is still running under the same attempt.
 */
record ClaimedAction(
    long id,
    long serverId,
    ServerActionType type,
    int attempt,
    String requestId,
    long connectionId,
    ProviderType providerType,
    String externalId,
    ServerSpec spec) {

  /** What the provider knows our server by, so a repeated create finds the first one. */
  String reference() {
    return "server-" + serverId;
  }
}
