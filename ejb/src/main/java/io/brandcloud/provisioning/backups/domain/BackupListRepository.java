package io.brandcloud.provisioning.backups.domain;

import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

public interface BackupListRepository {

  /** Replaces what is known of the server's backups with what the provider listed just now. */
  void replace(long serverId, ProviderBackups listed, Instant listedAt);

  /** The server's last list; empty while none was taken. */
  Optional<BackupList> of(long serverId);

  /** Whether the server's last list holds the backup {@code backupId}. */
  boolean holds(long serverId, String backupId);

  /** The servers on the connection whose backups were ever listed. */
  Set<Long> listedOn(long connectionId);
}
