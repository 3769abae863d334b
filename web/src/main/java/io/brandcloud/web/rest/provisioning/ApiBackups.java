package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.backups.application.BackupsView;
import java.time.Instant;
import java.util.List;

/**
 * A server's backups on the wire: whether its provider has backups ({@code offered}) and restores
 * them here ({@code restorable}) and takes one when asked ({@code onDemand}), whether the add-on is
 * asked for ({@code backup}) and billed ({@code backupActive}), and the provider's backups as
 * listed at {@code listedAt} (null: not yet).
 */
public record ApiBackups(
    boolean offered,
    boolean restorable,
    boolean onDemand,
    boolean backup,
    boolean backupActive,
    Instant listedAt,
    List<ApiBackup> backups) {

  /** One backup: its id at the provider, label, when it was taken and its size in MB, if known. */
  public record ApiBackup(String id, String label, Instant takenAt, Long sizeMb) {}

  static ApiBackups of(BackupsView view) {
    return new ApiBackups(
        view.offered(),
        view.restorable(),
        view.onDemand(),
        view.wanted(),
        view.active(),
        view.listedAt(),
        view.backups().stream()
            .map(b -> new ApiBackup(b.id(), b.label(), b.takenAt(), b.sizeMb()))
            .toList());
  }
}
