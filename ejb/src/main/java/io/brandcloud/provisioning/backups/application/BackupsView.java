package io.brandcloud.provisioning.backups.application;

import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A server's backups as its owner sees them: whether the add-on is on ({@code wanted}) and billed
 * ({@code active}), whether its provider lists and restores backups at all ({@code offered}, {@code
 * restorable}) and takes one when asked ({@code onDemand}), and the provider's backups as last
 * listed at {@code listedAt} (null: not yet).
 */
public record BackupsView(
    boolean offered,
    boolean restorable,
    boolean onDemand,
    boolean wanted,
    boolean active,
    Instant listedAt,
    List<Backup> backups)
    implements Serializable {

  /** One backup to restore. */
  public record Backup(String id, String label, Instant takenAt, Long sizeMb)
      implements Serializable {

    static Backup of(ProviderBackup backup) {
      return new Backup(backup.id(), backup.label(), backup.takenAt(), backup.sizeMb());
    }
  }
}
