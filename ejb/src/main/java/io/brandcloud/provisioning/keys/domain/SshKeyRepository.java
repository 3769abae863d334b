package io.brandcloud.provisioning.keys.domain;

import java.util.List;
import java.util.Optional;

/** The organisations' SSH keys in the current tenant. */
public interface SshKeyRepository {

  /** The organisation's keys by name. */
  List<SshKey> of(long organisationId);

  Optional<SshKey> find(long organisationId, long keyId);

  Optional<SshKey> withFingerprint(long organisationId, String fingerprint);

  Optional<SshKey> named(long organisationId, String name);

  int count(long organisationId);

  long add(SshKey key);

  void delete(long organisationId, long keyId);
}
