package io.brandcloud.provisioning.backups.infrastructure;

import io.brandcloud.provisioning.backups.domain.BackupList;
import io.brandcloud.provisioning.backups.domain.BackupListRepository;
import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderBackups;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaBackupListRepository implements BackupListRepository {

  private static final int MAX_ID = 100;
  private static final int MAX_LABEL = 200;

  @PersistenceContext EntityManager em;

  @Override
  public void replace(long serverId, ProviderBackups listed, Instant listedAt) {
    em.createNativeQuery(
            "INSERT INTO server_backup_lists (server_id, provider_enabled, listed_at)"
                + " VALUES (?1, ?2, ?3) ON CONFLICT (server_id) DO UPDATE"
                + " SET provider_enabled = EXCLUDED.provider_enabled,"
                + " listed_at = EXCLUDED.listed_at")
        .setParameter(1, serverId)
        .setParameter(2, listed.enabled())
        .setParameter(3, Timestamp.from(listedAt))
        .executeUpdate();
    em.createNativeQuery("DELETE FROM server_backups WHERE server_id = ?1")
        .setParameter(1, serverId)
        .executeUpdate();
    for (ProviderBackup backup : listed.backups()) {
      if (backup.id() == null || backup.id().length() > MAX_ID) {
        continue;
      }
      em.createNativeQuery(
              "INSERT INTO server_backups (server_id, external_id, label, taken_at, size_mb)"
                  + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
          .setParameter(1, serverId)
          .setParameter(2, backup.id())
          .setParameter(3, backup.label() == null ? null : PlainText.cut(backup.label(), MAX_LABEL))
          .setParameter(4, Timestamp.from(backup.takenAt()))
          .setParameter(5, backup.sizeMb())
          .executeUpdate();
    }
  }

  @Override
  public Optional<BackupList> of(long serverId) {
    List<?> lists =
        em.createNativeQuery(
                "SELECT provider_enabled, listed_at FROM server_backup_lists WHERE server_id = ?1")
            .setParameter(1, serverId)
            .getResultList();
    if (lists.isEmpty()) {
      return Optional.empty();
    }
    Object[] list = (Object[]) lists.get(0);
    List<?> rows =
        em.createNativeQuery(
                "SELECT external_id, label, taken_at, size_mb FROM server_backups"
                    + " WHERE server_id = ?1 ORDER BY taken_at DESC, external_id")
            .setParameter(1, serverId)
            .getResultList();
    List<ProviderBackup> backups =
        rows.stream()
            .map(Object[].class::cast)
            .map(
                r ->
                    new ProviderBackup(
                        (String) r[0],
                        (String) r[1],
                        SqlValues.instant(r[2]),
                        r[3] == null ? null : SqlValues.toLong(r[3])))
            .toList();
    return Optional.of(new BackupList((Boolean) list[0], SqlValues.instant(list[1]), backups));
  }

  @Override
  public boolean holds(long serverId, String backupId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM server_backups WHERE server_id = ?1 AND external_id = ?2")
        .setParameter(1, serverId)
        .setParameter(2, backupId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Set<Long> listedOn(long connectionId) {
    List<?> ids =
        em.createNativeQuery(
                "SELECT l.server_id FROM server_backup_lists l JOIN servers s ON s.id = l.server_id"
                    + " WHERE s.connection_id = ?1")
            .setParameter(1, connectionId)
            .getResultList();
    return ids.stream().map(SqlValues::toLong).collect(Collectors.toSet());
  }
}
