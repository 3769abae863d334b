package io.brandcloud.provisioning.actions.domain;

import java.util.List;

/**
 * A server action a worker has just claimed; {@code attempt} counts this claim. {@code
 * providerTask} is the provider's handle once it accepted the work, and {@code sealedPassword} the
 * root password chosen when the action was asked for, so a retry sets the same one; {@code
 * userData} a build's cloud-init user data.
 */
public record QueuedServerAction(
    long id,
    long serverId,
    ServerActionType type,
    int attempt,
    String requestId,
    String parameter,
    String providerTask,
    byte[] sealedPassword,
    List<String> sshKeys,
    String userData) {}
