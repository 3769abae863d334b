package io.brandcloud.provisioning.backups.domain;

import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import java.time.Instant;
import java.util.List;

/**
 * A server's backups as the provider listed them at {@code listedAt}, newest first, and whether the
 * provider had backups on then.
 */
public record BackupList(boolean providerEnabled, Instant listedAt, List<ProviderBackup> backups) {

  public BackupList {
    backups = List.copyOf(backups);
  }
}
