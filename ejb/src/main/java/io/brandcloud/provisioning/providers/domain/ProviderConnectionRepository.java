package io.brandcloud.provisioning.providers.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's connections to upstream providers. */
public interface ProviderConnectionRepository {

  void add(ProviderConnection connection);

  Optional<ProviderConnection> find(long connectionId);

  boolean nameTaken(String name);

  /** Whether a server on the connection, not deleted, has the backup add-on. */
  boolean backupsInUse(long connectionId);

  /** Every connection, by name. */
  List<ProviderConnection> all();
}
