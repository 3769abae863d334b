package io.brandcloud.exports.infrastructure;

import io.brandcloud.exports.domain.ExportTable;
import io.brandcloud.exports.domain.PreparedExport;
import io.brandcloud.exports.domain.PreparedExportStatus;
import io.brandcloud.exports.domain.PreparedExportStore;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.StoredChunks;
import io.brandcloud.shared.tables.TableFormat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code prepared_exports} and {@code prepared_export_chunks}. Leases, waits and the day a file is
 * kept run on the database's clock, like every queue's.
 */
@ApplicationScoped
public class SqlPreparedExportStore implements PreparedExportStore {

  private static final String COLUMNS =
      "SELECT id, requested_by, table_name, format, from_day, to_day, language,"
          // a file whose day is over is gone, whether or not the worker has deleted it yet
          + " CASE WHEN status = 'READY' AND expires_at <= now() THEN 'EXPIRED' ELSE status END,"
          + " rows_written, size_bytes, requested_at, ready_at, expires_at, failure"
          + " FROM prepared_exports";

  private static final String OPEN = "status IN ('REQUESTED', 'BUILDING')";

  /** Only the attempt that holds the claim writes. */
  private static final String CLAIMED = " WHERE id = ?1 AND status = 'BUILDING' AND attempts = ?2";

  private static final StoredChunks CHUNKS = new StoredChunks("prepared_export_chunks");

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Long> add(
      long requestedBy,
      ExportTable table,
      TableFormat format,
      DayRange range,
      String language,
      int maxOpen) {
    // two requests at once must not both find room for one more
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('prepared_exports'), ?1)")
        .setParameter(1, (int) requestedBy)
        .getSingleResult();
    List<?> id =
        em.createNativeQuery(
                "INSERT INTO prepared_exports (requested_by, table_name, format, from_day, to_day,"
                    + " language, status, requested_at, next_attempt_at)"
                    + " SELECT ?1, ?2, ?3, ?4, ?5, ?6, 'REQUESTED', now(), now()"
                    + " WHERE (SELECT count(*) FROM prepared_exports WHERE requested_by = ?1 AND "
                    + OPEN
                    + ") < ?7 RETURNING id")
            .setParameter(1, requestedBy)
            .setParameter(2, table.name())
            .setParameter(3, format.name())
            .setParameter(4, Date.valueOf(range.from()))
            .setParameter(5, Date.valueOf(range.to()))
            .setParameter(6, language)
            .setParameter(7, maxOpen)
            .getResultList();
    return id.stream().findFirst().map(SqlValues::toLong);
  }

  @Override
  public List<PreparedExport> ofRequester(long requestedBy, int limit) {
    return exports(
        em.createNativeQuery(COLUMNS + " WHERE requested_by = ?1 ORDER BY id DESC LIMIT ?2")
            .setParameter(1, requestedBy)
            .setParameter(2, limit)
            .getResultList());
  }

  @Override
  public Optional<PreparedExport> find(long id) {
    return exports(
            em.createNativeQuery(COLUMNS + " WHERE id = ?1").setParameter(1, id).getResultList())
        .stream()
        .findFirst();
  }

  @Override
  public Optional<Claimed> claim(Duration lease) {
    List<?> rows =
        em.createNativeQuery(
                "WITH due AS (SELECT id FROM prepared_exports WHERE "
                    + OPEN
                    + " AND next_attempt_at <= now()"
                    + " ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)"
                    + " UPDATE prepared_exports e SET status = 'BUILDING', attempts = e.attempts + 1,"
                    + " rows_written = 0, next_attempt_at = now() + ?1 * interval '1 millisecond'"
                    + " FROM due WHERE e.id = due.id RETURNING e.id, e.attempts")
            .setParameter(1, lease.toMillis())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .findFirst()
        .map(row -> new Claimed(SqlValues.toLong(row[0]), SqlValues.toInt(row[1])));
  }

  @Override
  public Optional<Instant> nextDue() {
    Object next =
        em.createNativeQuery(
                "SELECT least((SELECT min(next_attempt_at) FROM prepared_exports WHERE "
                    + OPEN
                    + "), (SELECT min(expires_at) FROM prepared_exports WHERE status = 'READY'))")
            .getSingleResult();
    return Optional.ofNullable(next).map(SqlValues::instant);
  }

  @Override
  public void progress(Claimed claimed, long rowsWritten, Duration lease) {
    em.createNativeQuery(
            "UPDATE prepared_exports SET rows_written = ?3,"
                + " next_attempt_at = now() + ?4 * interval '1 millisecond'"
                + CLAIMED)
        .setParameter(1, claimed.id())
        .setParameter(2, claimed.attempt())
        .setParameter(3, rowsWritten)
        .setParameter(4, lease.toMillis())
        .executeUpdate();
  }

  @Override
  public boolean addChunk(Claimed claimed, int position, byte[] content, Duration lease) {
    // the row lock keeps a new claim (and its clean-up) waiting until this chunk is in
    boolean added =
        em.createNativeQuery(
                    "INSERT INTO prepared_export_chunks (export_id, position, content)"
                        + " SELECT id, ?3, ?4 FROM prepared_exports"
                        + CLAIMED
                        + " FOR SHARE")
                .setParameter(1, claimed.id())
                .setParameter(2, claimed.attempt())
                .setParameter(3, position)
                .setParameter(4, content)
                .executeUpdate()
            > 0;
    if (added) {
      em.createNativeQuery(
              "UPDATE prepared_exports SET next_attempt_at = now() + ?3 * interval '1 millisecond'"
                  + CLAIMED)
          .setParameter(1, claimed.id())
          .setParameter(2, claimed.attempt())
          .setParameter(3, lease.toMillis())
          .executeUpdate();
    }
    return added;
  }

  @Override
  public boolean ready(Claimed claimed, long rowsWritten, long sizeBytes, Duration keep) {
    return em.createNativeQuery(
                "UPDATE prepared_exports SET status = 'READY', rows_written = ?3, size_bytes = ?4,"
                    + " ready_at = now(), expires_at = now() + ?5 * interval '1 millisecond',"
                    + " failure = NULL"
                    + CLAIMED)
            .setParameter(1, claimed.id())
            .setParameter(2, claimed.attempt())
            .setParameter(3, rowsWritten)
            .setParameter(4, sizeBytes)
            .setParameter(5, keep.toMillis())
            .executeUpdate()
        > 0;
  }

  @Override
  public void failed(Claimed claimed, String failure, Duration wait) {
    String next =
        wait == null
            ? "status = 'FAILED'"
            : "status = 'REQUESTED', next_attempt_at = now() + "
                + wait.toMillis()
                + " * interval '1 millisecond'";
    em.createNativeQuery("UPDATE prepared_exports SET " + next + ", failure = ?3" + CLAIMED)
        .setParameter(1, claimed.id())
        .setParameter(2, claimed.attempt())
        .setParameter(3, failure)
        .executeUpdate();
  }

  @Override
  public int giveUp(int maxAttempts) {
    return em.createNativeQuery(
            "UPDATE prepared_exports SET status = 'FAILED',"
                + " failure = coalesce(failure, 'The export stopped ' || attempts || ' times')"
                + " WHERE status = 'BUILDING' AND next_attempt_at <= now() AND attempts >= ?1")
        .setParameter(1, maxAttempts)
        .executeUpdate();
  }

  @Override
  public int expire() {
    em.createNativeQuery(
            "DELETE FROM prepared_export_chunks WHERE export_id IN (SELECT id FROM"
                + " prepared_exports WHERE status IN ('READY', 'FAILED')"
                + " AND coalesce(expires_at, now()) <= now())")
        .executeUpdate();
    return em.createNativeQuery(
            "UPDATE prepared_exports SET status = 'EXPIRED'"
                + " WHERE status = 'READY' AND expires_at <= now()")
        .executeUpdate();
  }

  @Override
  public void dropChunks(long id) {
    CHUNKS.drop(em, id);
  }

  @Override
  public boolean downloadable(long id) {
    return !em.createNativeQuery(
            "SELECT id FROM prepared_exports WHERE id = ?1 AND status = 'READY'"
                + " AND expires_at > now()")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  @Override
  public int chunkCount(long id) {
    return CHUNKS.count(em, id);
  }

  @Override
  public byte[] chunk(long id, int position) {
    return CHUNKS.read(em, id, position);
  }

  private static List<PreparedExport> exports(List<?> rows) {
    return rows.stream().map(Object[].class::cast).map(SqlPreparedExportStore::export).toList();
  }

  private static PreparedExport export(Object[] r) {
    return new PreparedExport(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        ExportTable.valueOf((String) r[2]),
        TableFormat.valueOf((String) r[3]),
        new DayRange(SqlValues.localDate(r[4]), SqlValues.localDate(r[5])),
        (String) r[6],
        PreparedExportStatus.valueOf((String) r[7]),
        SqlValues.toLong(r[8]),
        SqlValues.longOrNull(r[9]),
        SqlValues.instant(r[10]),
        r[11] == null ? null : SqlValues.instant(r[11]),
        r[12] == null ? null : SqlValues.instant(r[12]),
        (String) r[13]);
  }
}
