package io.brandcloud.provisioning.keys.application;

import io.brandcloud.provisioning.keys.domain.SshKey;
import java.io.Serializable;
import java.time.Instant;

/** A saved key as its organisation sees it. */
public record SshKeyView(
    long id,
    String name,
    String type,
    int bits,
    String fingerprint,
    String publicKey,
    Instant createdAt)
    implements Serializable {

  static SshKeyView of(SshKey key) {
    return new SshKeyView(
        key.id(),
        key.name(),
        key.key().type(),
        key.key().bits(),
        key.key().fingerprint(),
        key.key().openSsh(),
        key.createdAt());
  }
}
