package io.brandcloud.provisioning.consoles.domain;

import java.time.Instant;
import java.util.Optional;

/** The SSH host key each server's console was trusted with, in the current tenant. */
public interface HostKeyPins {

  Optional<String> of(long serverId);

  /** Remembers {@code fingerprint} for the server, replacing one it had. */
  void pin(long serverId, String fingerprint, String trustedBy, Instant at);
}
