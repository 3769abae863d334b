package io.brandcloud.identity.application;

import io.brandcloud.access.Scope;
import io.brandcloud.identity.domain.ApiKey;
import java.time.Instant;
import java.util.Set;

/**
 * An API key as its owner sees it, with when, from which address and with what client it was last
 * used: never the secret.
 */
public record ApiKeyView(
    long id,
    Long organisationId,
    String name,
    String prefix,
    Set<Scope> scopes,
    Instant expiresAt,
    Instant createdAt,
    Instant lastUsedAt,
    String lastUsedAddress,
    String lastUsedDevice,
    Instant revokedAt) {

  static ApiKeyView of(ApiKey key) {
    return new ApiKeyView(
        key.id(),
        key.organisationId(),
        key.name(),
        key.prefix(),
        key.scopes(),
        key.expiresAt(),
        key.createdAt(),
        key.lastUsedAt(),
        key.lastUsedAddress(),
        key.lastUsedDevice(),
        key.revokedAt());
  }
}
