package io.brandcloud.provisioning.providers.infrastructure;

import io.brandcloud.provisioning.providers.domain.ProviderBackup;
import io.brandcloud.provisioning.providers.domain.ProviderException;
import io.brandcloud.provisioning.providers.domain.ProviderServerState;
import io.brandcloud.provisioning.providers.domain.ProviderServerState.Phase;
import io.brandcloud.provisioning.providers.domain.ProviderSnapshot;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.provisioning.providers.domain.UpstreamServer;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's data centre: its servers in the tenant's {@code simulator_servers} table, each
 * call in a short transaction of its own, as a remote API would keep them.
 */
@Stateless
public class SimulatorStore {

  private static final String PREFIX = "sim-";
  private static final String SNAPSHOT_PREFIX = "sim-snap-";
  private static final String VOLUME_PREFIX = "sim-vol-";
  private static final String ON_DEMAND_PREFIX = "sim-backup-now-";
  // a snapshot holds what the disk uses, not its size
  private static final BigDecimal SNAPSHOT_SHARE_OF_DISK = new BigDecimal("0.25");

  @PersistenceContext EntityManager em;
  @Inject ApplicationClock clock;

  /** Builds a server, or returns the one built earlier for the same reference. */
  public String create(long connectionId, ServerSpec spec, String reference) {
    Instant now = clock.now();
    List<?> created =
        em.createNativeQuery(
                "INSERT INTO simulator_servers (connection_id, hostname, plan_code, region, image,"
                    + " status, ipv4, created_at, ready_at, reference, root_password_set_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, 'BUILDING', '', ?6, ?7, ?8, ?6)"
                    + " ON CONFLICT (connection_id, reference) DO NOTHING RETURNING id")
            .setParameter(1, connectionId)
            .setParameter(2, spec.hostname())
            .setParameter(3, spec.planCode())
            .setParameter(4, spec.region())
            .setParameter(5, spec.image())
            .setParameter(6, Timestamp.from(now))
            .setParameter(7, Timestamp.from(now.plus(buildTime(spec.hostname()))))
            .setParameter(8, reference)
            .getResultList();
    if (created.isEmpty()) {
      return PREFIX
          + em.createNativeQuery(
                  "SELECT id FROM simulator_servers WHERE connection_id = ?1 AND reference = ?2")
              .setParameter(1, connectionId)
              .setParameter(2, reference)
              .getSingleResult();
    }
    long id = SqlValues.toLong(created.get(0));
    em.createNativeQuery("UPDATE simulator_servers SET ipv4 = ?1 WHERE id = ?2")
        .setParameter(1, address(id))
        .setParameter(2, id)
        .executeUpdate();
    return PREFIX + id;
  }

  /** One server as the simulator sees it now; a deleted or unknown one is gone. */
  public SimulatedServer find(long connectionId, String externalId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT hostname, ipv4, ready_at, status, power, busy_since, busy_until, calls,"
                    + " reference FROM simulator_servers WHERE id = ?1 AND connection_id = ?2")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    if (rows.isEmpty()) {
      return SimulatedServer.GONE;
    }
    return simulated(externalId, (Object[]) rows.get(0));
  }

  /** Every server of the connection that was not deleted. */
  public List<UpstreamServer> all(long connectionId, String failingPrefix) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT hostname, ipv4, ready_at, status, power, busy_since, busy_until, calls,"
                    + " reference, id, region, image FROM simulator_servers"
                    + " WHERE connection_id = ?1"
                    + " AND status <> 'DELETED' ORDER BY id")
            .setParameter(1, connectionId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r -> {
              SimulatedServer s = simulated(PREFIX + r[9], r);
              return new UpstreamServer(
                  s.externalId(),
                  s.reference(),
                  s.hostname(),
                  s.state(clock.now(), failingPrefix),
                  (String) r[10],
                  (String) r[11]);
            })
        .toList();
  }

  /** Counts a call for the server and returns how many there were, this one included. */
  public int countCall(long connectionId, String externalId) {
    List<?> calls =
        em.createNativeQuery(
                "UPDATE simulator_servers SET calls = calls + 1 WHERE id = ?1 AND connection_id = ?2"
                    + " AND status <> 'DELETED' RETURNING calls")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    if (calls.isEmpty()) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No server " + externalId);
    }
    return SqlValues.toInt(calls.get(0));
  }

  /**
   * Changes a server: any column of {@code assignments} ({@code power = 'OFF'}, …) and, for {@code
   * busy}, how long the change takes.
   */
  public void change(long connectionId, String externalId, String assignments, Duration busy) {
    Instant now = clock.now();
    em.createNativeQuery(
            "UPDATE simulator_servers SET "
                + assignments
                + ", busy_since = ?3, busy_until = ?4 WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, Timestamp.from(now))
        .setParameter(4, Timestamp.from(now.plus(SimulatorPace.of(busy))))
        .executeUpdate();
  }

  /** What the server's root {@code authorized_keys} holds: the keys of its last build. */
  public void authorize(long connectionId, String externalId, List<String> keys) {
    em.createNativeQuery(
            "UPDATE simulator_servers SET authorized_keys = NULLIF(?3, '')"
                + " WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, String.join("\n", keys))
        .executeUpdate();
  }

  /** Sets one column to a value, e.g. the image of a rebuild. */
  public void set(long connectionId, String externalId, String column, String value) {
    em.createNativeQuery(
            "UPDATE simulator_servers SET " + column + " = ?3 WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, value)
        .executeUpdate();
  }

  /**
   * Switches the server's backups on (the first taken now, unless they were on already) or off (its
   * backups go with them, the one taken on demand too).
   */
  public void switchBackups(long connectionId, String externalId, boolean on) {
    em.createNativeQuery(
            "UPDATE simulator_servers SET backups = ?3, backups_since = CASE WHEN ?3"
                + " THEN COALESCE(backups_since, ?4) END,"
                + " backup_taken_at = CASE WHEN ?3 THEN backup_taken_at END,"
                + " backup_label = CASE WHEN ?3 THEN backup_label END"
                + " WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, on)
        .setParameter(4, Timestamp.from(clock.now()))
        .executeUpdate();
  }

  /** Since when the server's backups are on; empty while they are off. */
  public Optional<Instant> backupsSince(long connectionId, String externalId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT backups_since FROM simulator_servers"
                    + " WHERE id = ?1 AND connection_id = ?2 AND backups")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    return rows.stream().filter(Objects::nonNull).findFirst().map(SqlValues::instant);
  }

  /**
   * Keeps a backup taken now in the server's one slot for a backup on demand, replacing the one
   * there; answers whether backups were on to take it.
   */
  public boolean takeBackup(long connectionId, String externalId, String label, Instant at) {
    return em.createNativeQuery(
                "UPDATE simulator_servers SET backup_taken_at = ?3, backup_label = ?4"
                    + " WHERE id = ?1 AND connection_id = ?2 AND backups")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .setParameter(3, Timestamp.from(at))
            .setParameter(4, label)
            .executeUpdate()
        == 1;
  }

  /** The server's backup taken on demand, while backups are on. */
  public Optional<ProviderBackup> backupOnDemand(long connectionId, String externalId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT backup_taken_at, backup_label FROM simulator_servers"
                    + " WHERE id = ?1 AND connection_id = ?2 AND backups"
                    + " AND backup_taken_at IS NOT NULL")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .findFirst()
        .map(
            r -> {
              Instant at = SqlValues.instant(r[0]);
              return new ProviderBackup(
                  ON_DEMAND_PREFIX + at.getEpochSecond(), (String) r[1], at, null);
            });
  }

  /** Keeps a snapshot of the server's disk, sized by its plan's disk; answers its id. */
  public String takeSnapshot(long connectionId, String externalId, String name, Instant at) {
    Object id =
        em.createNativeQuery(
                "INSERT INTO simulator_snapshots (server_id, name, taken_at, size_gb)"
                    + " SELECT id, ?3, ?4, CASE plan_code WHEN 'sim-1' THEN 25 WHEN 'sim-2' THEN 50"
                    + " WHEN 'sim-4' THEN 160 ELSE 320 END * ?5 FROM simulator_servers"
                    + " WHERE id = ?1 AND connection_id = ?2 RETURNING id")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .setParameter(3, name)
            .setParameter(4, Timestamp.from(at))
            .setParameter(5, SNAPSHOT_SHARE_OF_DISK)
            .getSingleResult();
    return SNAPSHOT_PREFIX + SqlValues.toLong(id);
  }

  /** The server's snapshots, oldest first. */
  public List<ProviderSnapshot> snapshots(long connectionId, String externalId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT p.id, p.name, p.taken_at, p.size_gb FROM simulator_snapshots p"
                    + " JOIN simulator_servers s ON s.id = p.server_id"
                    + " WHERE s.id = ?1 AND s.connection_id = ?2 ORDER BY p.id")
            .setParameter(1, idOf(externalId))
            .setParameter(2, connectionId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new ProviderSnapshot(
                    SNAPSHOT_PREFIX + SqlValues.toLong(r[0]),
                    (String) r[1],
                    SqlValues.instant(r[2]),
                    (BigDecimal) r[3]))
        .toList();
  }

  /** Whether {@code image} is a snapshot of one of the connection's servers, to build from. */
  public boolean keepsSnapshot(long connectionId, String image) {
    if (image == null || !image.matches(SNAPSHOT_PREFIX + "\\d{1,18}")) {
      return false;
    }
    return !em.createNativeQuery(
            "SELECT 1 FROM simulator_snapshots p JOIN simulator_servers s ON s.id = p.server_id"
                + " WHERE p.id = ?1 AND s.connection_id = ?2")
        .setParameter(1, snapshotNumber(image))
        .setParameter(2, connectionId)
        .getResultList()
        .isEmpty();
  }

  /** Deletes one of the server's snapshots, or all of them ({@code snapshotId} null). */
  public void deleteSnapshots(long connectionId, String externalId, String snapshotId) {
    em.createNativeQuery(
            "DELETE FROM simulator_snapshots p USING simulator_servers s"
                + " WHERE s.id = p.server_id AND s.id = ?1 AND s.connection_id = ?2"
                + " AND (CAST(?3 AS VARCHAR) IS NULL OR ?4 = p.id)")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .setParameter(3, snapshotId)
        .setParameter(4, snapshotId == null ? -1L : snapshotNumber(snapshotId))
        .executeUpdate();
  }

  private static long snapshotNumber(String snapshotId) {
    if (!snapshotId.matches(SNAPSHOT_PREFIX + "\\d{1,18}")) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED, "The simulator keeps no snapshot " + snapshotId);
    }
    return Long.parseLong(snapshotId.substring(SNAPSHOT_PREFIX.length()));
  }

  private static SimulatedServer simulated(String externalId, Object[] r) {
    return new SimulatedServer(
        externalId,
        (String) r[0],
        (String) r[1],
        SqlValues.instant(r[2]),
        (String) r[3],
        (String) r[4],
        r[5] == null ? null : SqlValues.instant(r[5]),
        r[6] == null ? null : SqlValues.instant(r[6]),
        SqlValues.toInt(r[7]),
        (String) r[8]);
  }

  /**
   * Makes a volume named {@code name} in {@code region} attached to the server, or finds the one
   * made earlier under that name; answers its id.
   */
  public String createVolume(
      long connectionId, String externalId, String region, String name, int sizeGb) {
    List<?> made =
        em.createNativeQuery(
                "INSERT INTO simulator_volumes (connection_id, name, region, size_gb, server_id)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (connection_id, name) DO NOTHING"
                    + " RETURNING id")
            .setParameter(1, connectionId)
            .setParameter(2, name)
            .setParameter(3, region)
            .setParameter(4, sizeGb)
            .setParameter(5, idOf(externalId))
            .getResultList();
    Object id =
        made.isEmpty()
            ? em.createNativeQuery(
                    "SELECT id FROM simulator_volumes WHERE connection_id = ?1 AND name = ?2")
                .setParameter(1, connectionId)
                .setParameter(2, name)
                .getSingleResult()
            : made.get(0);
    return VOLUME_PREFIX + SqlValues.toLong(id);
  }

  /**
   * Attaches a detached volume of the server's region to the server; refused when it is attached
   * elsewhere or in another region.
   */
  public void attachVolume(long connectionId, String externalId, String volumeId) {
    int attached =
        em.createNativeQuery(
                "UPDATE simulator_volumes v SET server_id = s.id FROM simulator_servers s"
                    + " WHERE v.id = ?1 AND v.connection_id = ?2 AND s.id = ?3"
                    + " AND s.connection_id = ?2 AND s.region = v.region"
                    + " AND (v.server_id IS NULL OR v.server_id = s.id)")
            .setParameter(1, volumeNumber(volumeId))
            .setParameter(2, connectionId)
            .setParameter(3, idOf(externalId))
            .executeUpdate();
    if (attached == 0) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED,
          "The simulator's volume " + volumeId + " is attached elsewhere or in another region");
    }
  }

  /** Detaches the volume from the server, if it is attached to it. */
  public void detachVolume(long connectionId, String externalId, String volumeId) {
    em.createNativeQuery(
            "UPDATE simulator_volumes SET server_id = NULL"
                + " WHERE id = ?1 AND connection_id = ?2 AND server_id = ?3")
        .setParameter(1, volumeNumber(volumeId))
        .setParameter(2, connectionId)
        .setParameter(3, idOf(externalId))
        .executeUpdate();
  }

  /** Grows the volume; one that has the size already stays so, and a volume never shrinks. */
  public void resizeVolume(long connectionId, String volumeId, int sizeGb) {
    int grown =
        em.createNativeQuery(
                "UPDATE simulator_volumes SET size_gb = greatest(size_gb, ?3)"
                    + " WHERE id = ?1 AND connection_id = ?2 AND size_gb <= ?3")
            .setParameter(1, volumeNumber(volumeId))
            .setParameter(2, connectionId)
            .setParameter(3, sizeGb)
            .executeUpdate();
    if (grown == 0) {
      throw new ProviderException(
          ProviderException.Kind.REFUSED,
          "The simulator has no volume " + volumeId + " of at most " + sizeGb + " GB");
    }
  }

  /** The server a volume is attached to, if it is; empty also for a volume that is gone. */
  public Optional<String> attachedTo(long connectionId, String volumeId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT server_id FROM simulator_volumes WHERE id = ?1 AND connection_id = ?2")
            .setParameter(1, volumeNumber(volumeId))
            .setParameter(2, connectionId)
            .getResultList();
    return rows.stream().filter(Objects::nonNull).findFirst().map(id -> PREFIX + id);
  }

  /** Deletes the volume; one already gone is deleted. */
  public void deleteVolume(long connectionId, String volumeId) {
    em.createNativeQuery("DELETE FROM simulator_volumes WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, volumeNumber(volumeId))
        .setParameter(2, connectionId)
        .executeUpdate();
  }

  /** A deleted server's volumes stay, detached, as at a real cloud. */
  public void detachVolumes(long connectionId, String externalId) {
    em.createNativeQuery(
            "UPDATE simulator_volumes SET server_id = NULL WHERE connection_id = ?1"
                + " AND server_id = ?2")
        .setParameter(1, connectionId)
        .setParameter(2, idOf(externalId))
        .executeUpdate();
  }

  /**
   * Gives the server another address from TEST-NET-3, or on a retry answers one it has beyond
   * {@code known} (what the lost attempt got).
   */
  public String addAddress(
      long connectionId, String externalId, Set<String> known, boolean retried) {
    long serverId = idOf(externalId);
    requireOnConnection(connectionId, serverId);
    List<?> held =
        em.createNativeQuery(
                "SELECT address FROM simulator_addresses WHERE server_id = ?1 ORDER BY id")
            .setParameter(1, serverId)
            .getResultList();
    Optional<String> unknown =
        held.stream().map(String.class::cast).filter(a -> !known.contains(a)).findFirst();
    if (retried && unknown.isPresent()) {
      return unknown.get();
    }
    long id =
        SqlValues.toLong(
            em.createNativeQuery(
                    "INSERT INTO simulator_addresses (server_id, address) VALUES (?1, '')"
                        + " RETURNING id")
                .setParameter(1, serverId)
                .getSingleResult());
    String address = "203.0.113." + (1 + Math.floorMod(id, 254));
    em.createNativeQuery("UPDATE simulator_addresses SET address = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, address)
        .executeUpdate();
    return address;
  }

  /** Takes the address from the server; one it does not have is taken already. */
  public void removeAddress(long connectionId, String externalId, String address) {
    long serverId = idOf(externalId);
    requireOnConnection(connectionId, serverId);
    em.createNativeQuery("DELETE FROM simulator_addresses WHERE server_id = ?1 AND address = ?2")
        .setParameter(1, serverId)
        .setParameter(2, address)
        .executeUpdate();
  }

  /** A deleted server's addresses go back to the pool with it. */
  public void removeAddresses(long connectionId, String externalId) {
    em.createNativeQuery(
            "DELETE FROM simulator_addresses a USING simulator_servers s"
                + " WHERE a.server_id = s.id AND s.id = ?1 AND s.connection_id = ?2")
        .setParameter(1, idOf(externalId))
        .setParameter(2, connectionId)
        .executeUpdate();
  }

  /** The extra addresses the server has, in the order it got them. */
  public List<String> addresses(long connectionId, String externalId) {
    long serverId = idOf(externalId);
    requireOnConnection(connectionId, serverId);
    return em
        .createNativeQuery(
            "SELECT address FROM simulator_addresses WHERE server_id = ?1 ORDER BY id")
        .setParameter(1, serverId)
        .getResultList()
        .stream()
        .map(String.class::cast)
        .toList();
  }

  private void requireOnConnection(long connectionId, long serverId) {
    if (em.createNativeQuery("SELECT 1 FROM simulator_servers WHERE id = ?1 AND connection_id = ?2")
        .setParameter(1, serverId)
        .setParameter(2, connectionId)
        .getResultList()
        .isEmpty()) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No server " + serverId);
    }
  }

  private static long volumeNumber(String volumeId) {
    if (volumeId == null || !volumeId.matches(VOLUME_PREFIX + "\\d{1,18}")) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No volume " + volumeId);
    }
    return Long.parseLong(volumeId.substring(VOLUME_PREFIX.length()));
  }

  private static long idOf(String externalId) {
    try {
      return Long.parseLong(externalId.substring(PREFIX.length()));
    } catch (RuntimeException e) {
      throw new ProviderException(ProviderException.Kind.NOT_FOUND, "No server " + externalId);
    }
  }

  /** 3 to 8 seconds at the configured pace; a {@code slow-} server's at the normal pace. */
  static Duration buildTime(String hostname) {
    Duration normal = Duration.ofSeconds(3 + Math.floorMod(hostname.hashCode(), 6));
    return hostname.startsWith(SimulatorCloud.SLOW_PREFIX) ? normal : SimulatorPace.of(normal);
  }

  private static String address(long id) {
    return "198.51.100." + (1 + Math.floorMod(id, 254));
  }

  /** A simulated server's row. */
  public record SimulatedServer(
      String externalId,
      String hostname,
      String ipv4,
      Instant readyAt,
      String status,
      String power,
      Instant busySince,
      Instant busyUntil,
      int calls,
      String reference) {

    static final SimulatedServer GONE =
        new SimulatedServer(null, null, null, null, "DELETED", null, null, null, 0, null);

    ProviderServerState state(Instant now, String failingPrefix) {
      if ("DELETED".equals(status)) {
        return ProviderServerState.gone();
      }
      if (now.isBefore(readyAt)) {
        return new ProviderServerState(Phase.BUILDING, null);
      }
      if (hostname.startsWith(failingPrefix)) {
        return new ProviderServerState(Phase.FAILED, null);
      }
      if (busy(now)) {
        return new ProviderServerState(Phase.BUSY, ipv4, ipv6());
      }
      if ("SUSPENDED".equals(status)) {
        return new ProviderServerState(Phase.SUSPENDED, ipv4, ipv6());
      }
      return new ProviderServerState(
          "ON".equals(power) ? Phase.RUNNING : Phase.STOPPED, ipv4, ipv6());
    }

    /** An address in IPv6's documentation prefix, one per simulated server. */
    String ipv6() {
      return "2001:db8::" + Long.toHexString(Long.parseLong(externalId.substring(PREFIX.length())));
    }

    boolean busy(Instant now) {
      return busyUntil != null && now.isBefore(busyUntil);
    }

    /** How far the current change got, in percent. */
    int percentDone(Instant now) {
      if (!busy(now) || busySince == null) {
        return 100;
      }
      long whole = Duration.between(busySince, busyUntil).toMillis();
      long done = Duration.between(busySince, now).toMillis();
      return (int) Math.max(0, Math.min(99, done * 100 / Math.max(1, whole)));
    }
  }
}
