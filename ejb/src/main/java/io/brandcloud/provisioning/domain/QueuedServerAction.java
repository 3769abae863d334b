package io.brandcloud.provisioning.domain;

/** A server action a worker has just claimed; {@code attempt} counts this claim. */
public record QueuedServerAction(
    long id, long serverId, ServerActionType type, int attempt, String requestId) {}
