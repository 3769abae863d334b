package io.brandcloud.identity.domain;

import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** The current tenant's API keys, found by the prefix every key carries. */
public interface ApiKeyRepository {

  /** Stores a new key; it has its id when this returns. */
  void add(ApiKey key);

  Optional<ApiKey> find(long keyId);

  Optional<ApiKey> withPrefix(String prefix);

  /** The user's keys, newest first. */
  Page<ApiKey> ofUser(long userId, PageRequest page);

  /** Revokes the user's keys that are not revoked yet; how many that were. */
  int revokeAll(long userId, Instant at);

  /** Notes the key as used at {@code at}, unless it was used at or after {@code usedSince}. */
  void markUsed(long keyId, Instant at, Instant usedSince, String address, String device);
}
