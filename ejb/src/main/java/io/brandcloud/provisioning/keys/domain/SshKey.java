package io.brandcloud.provisioning.keys.domain;

import java.time.Instant;

/** A public key an organisation saved to put on its servers. */
public record SshKey(
    long id,
    long organisationId,
    String name,
    SshPublicKey key,
    String createdBy,
    Instant createdAt) {}
