package io.brandcloud.provisioning.providers.domain;

import java.util.Comparator;
import java.util.List;

/** Whether the provider's backups of a server are on, and the backups it keeps, newest first. */
public record ProviderBackups(boolean enabled, List<ProviderBackup> backups) {

  public ProviderBackups {
    backups =
        backups.stream().sorted(Comparator.comparing(ProviderBackup::takenAt).reversed()).toList();
  }
}
