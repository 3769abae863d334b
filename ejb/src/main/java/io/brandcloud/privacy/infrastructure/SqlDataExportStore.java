package io.brandcloud.privacy.infrastructure;

import io.brandcloud.privacy.domain.DataExport;
import io.brandcloud.privacy.domain.DataExportStatus;
import io.brandcloud.privacy.domain.DataExportStore;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.StoredChunks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code data_exports} and {@code data_export_chunks}. Leases and waits run on the database's
 * clock, like every queue's; the times people see on the application's.
 */
@ApplicationScoped
public class SqlDataExportStore implements DataExportStore {

  private static final String COLUMNS =
      "SELECT id, user_id, by_staff, status, sections_done, sections_total,"
          + " size_bytes, requested_at, ready_at, expires_at, downloaded_at, failure"
          + " FROM data_exports";

  /** Only the attempt that holds the claim writes. */
  private static final String CLAIMED = " WHERE id = ?1 AND status = 'BUILDING' AND attempts = ?2";

  private static final StoredChunks CHUNKS = new StoredChunks("data_export_chunks");

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Long> add(long userId, Long requestedBy, boolean byStaff, Instant at) {
    // an unknown type for a null parameter would reach PostgreSQL as bytea
    String asker = requestedBy == null ? "NULL" : Long.toString(requestedBy);
    List<?> id =
        em.createNativeQuery(
                "INSERT INTO data_exports (user_id, requested_by, by_staff, status,"
                    + " requested_at, next_attempt_at)"
                    + " VALUES (?1, "
                    + asker
                    + ", ?2, 'REQUESTED', ?3, now())"
                    + " ON CONFLICT (user_id) WHERE status IN ('REQUESTED', 'BUILDING')"
                    + " DO NOTHING RETURNING id")
            .setParameter(1, userId)
            .setParameter(2, byStaff)
            .setParameter(3, Timestamp.from(at))
            .getResultList();
    return id.stream().findFirst().map(SqlValues::toLong);
  }

  @Override
  public List<DataExport> ofUser(long userId, int limit) {
    return exports(
        em.createNativeQuery(COLUMNS + " WHERE user_id = ?1 ORDER BY id DESC LIMIT ?2")
            .setParameter(1, userId)
            .setParameter(2, limit)
            .getResultList());
  }

  @Override
  public Optional<DataExport> find(long id) {
    return exports(
            em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id).getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Claimed> claim(Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "WITH due AS (SELECT id FROM data_exports"
                    + " WHERE status IN ('REQUESTED', 'BUILDING') AND next_attempt_at <= now()"
                    + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " UPDATE data_exports e SET status = 'BUILDING', attempts = e.attempts + 1,"
                    + " sections_done = 0, next_attempt_at = now() + ?1 * interval '1 millisecond'"
                    + " FROM due WHERE e.id = due.id RETURNING e.id, e.user_id, e.attempts")
            .setParameter(1, lease.toMillis())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .findFirst()
        .map(
            row ->
                new Claimed(
                    SqlValues.toLong(row[0]), SqlValues.toLong(row[1]), SqlValues.toInt(row[2])));
  }

  @Override
  public Optional<Instant> nextDue() {
    Object next =
        em.createNativeQuery(
                "SELECT min(next_attempt_at) FROM data_exports"
                    + " WHERE status IN ('REQUESTED', 'BUILDING')")
            .getSingleResult();
    return Optional.ofNullable(next).map(SqlValues::instant);
  }

  @Override
  public void progress(long id, int attempt, int done, int total, Duration lease) {
    em.createNativeQuery(
            "UPDATE data_exports SET sections_done = ?3, sections_total = ?4,"
                + " next_attempt_at = now() + ?5 * interval '1 millisecond'"
                + CLAIMED)
        .setParameter(1, id)
        .setParameter(2, attempt)
        .setParameter(3, done)
        .setParameter(4, total)
        .setParameter(5, lease.toMillis())
        .executeUpdate();
  }

  @Override
  public boolean addChunk(long id, int attempt, int position, byte[] content) {
    return em.createNativeQuery(
                "INSERT INTO data_export_chunks (export_id, position, content)"
                    + " SELECT id, ?3, ?4 FROM data_exports"
                    + CLAIMED)
            .setParameter(1, id)
            .setParameter(2, attempt)
            .setParameter(3, position)
            .setParameter(4, content)
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean holds(long id, int attempt) {
    return !em.createNativeQuery("SELECT id FROM data_exports" + CLAIMED + " FOR UPDATE")
        .setParameter(1, id)
        .setParameter(2, attempt)
        .getResultList()
        .isEmpty();
  }

  @Override
  public int giveUp(int maxAttempts) {
    return em.createNativeQuery(
            "UPDATE data_exports SET status = 'FAILED',"
                + " failure = coalesce(failure, 'The build stopped ' || attempts || ' times')"
                + " WHERE status = 'BUILDING' AND next_attempt_at <= now() AND attempts >= ?1")
        .setParameter(1, maxAttempts)
        .executeUpdate();
  }

  @Override
  public void dropChunks(long id) {
    CHUNKS.drop(em, id);
  }

  @Override
  public boolean ready(
      long id, int attempt, String tokenHash, long size, Instant at, Instant expires) {
    return em.createNativeQuery(
                "UPDATE data_exports SET status = 'READY', token_hash = ?3, size_bytes = ?4,"
                    + " ready_at = ?5, expires_at = ?6, sections_done = sections_total,"
                    + " failure = NULL"
                    + CLAIMED)
            .setParameter(1, id)
            .setParameter(2, attempt)
            .setParameter(3, tokenHash)
            .setParameter(4, size)
            .setParameter(5, Timestamp.from(at))
            .setParameter(6, Timestamp.from(expires))
            .executeUpdate()
        > 0;
  }

  @Override
  public boolean failed(long id, int attempt, String failure, Duration wait) {
    String next =
        wait == null
            ? "status = 'FAILED'"
            : "status = 'REQUESTED', next_attempt_at = now() + "
                + wait.toMillis()
                + " * interval '1 millisecond'";
    return em.createNativeQuery("UPDATE data_exports SET " + next + ", failure = ?3" + CLAIMED)
            .setParameter(1, id)
            .setParameter(2, attempt)
            .setParameter(3, failure)
            .executeUpdate()
        > 0;
  }

  @Override
  public Optional<DataExport> byToken(String tokenHash) {
    return exports(
            em.createNativeQuery(COLUMNS + " WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public boolean downloaded(long id, Instant at) {
    return em.createNativeQuery(
                "UPDATE data_exports SET status = 'DOWNLOADED', downloaded_at = ?2"
                    + " WHERE id = ?1 AND status = 'READY'")
            .setParameter(1, id)
            .setParameter(2, Timestamp.from(at))
            .executeUpdate()
        > 0;
  }

  @Override
  public void reopen(long id) {
    em.createNativeQuery(
            "UPDATE data_exports SET status = 'READY', downloaded_at = NULL"
                + " WHERE id = ?1 AND status = 'DOWNLOADED'")
        .setParameter(1, id)
        .executeUpdate();
  }

  @Override
  public int chunkCount(long id) {
    return CHUNKS.count(em, id);
  }

  @Override
  public byte[] chunk(long id, int position) {
    return CHUNKS.read(em, id, position);
  }

  private static List<DataExport> exports(List<?> rows) {
    return rows.stream().map(Object[].class::cast).map(SqlDataExportStore::export).toList();
  }

  private static DataExport export(Object[] row) {
    return new DataExport(
        SqlValues.toLong(row[0]),
        SqlValues.toLong(row[1]),
        (Boolean) row[2],
        DataExportStatus.valueOf((String) row[3]),
        SqlValues.toInt(row[4]),
        SqlValues.toInt(row[5]),
        SqlValues.longOrNull(row[6]),
        SqlValues.instant(row[7]),
        row[8] == null ? null : SqlValues.instant(row[8]),
        row[9] == null ? null : SqlValues.instant(row[9]),
        row[10] == null ? null : SqlValues.instant(row[10]),
        (String) row[11]);
  }
}
