package io.brandcloud.provisioning.actions.domain;

import java.util.List;

/**
 * An action to queue for a server: what, its one parameter (an image, a plan id, a host name) or
 * null, who asked and why, and a root password sealed for the server (for builds, rebuilds and
 * resets) or null, the SSH public keys a build or rebuild puts on it, and a build's cloud-init user
 * data or null.
 */
public record ServerActionRequest(
    long serverId,
    ServerActionType type,
    String parameter,
    String idempotencyKey,
    String requestedBy,
    String reason,
    String requestId,
    byte[] sealedPassword,
    List<String> sshKeys,
    String userData) {}
