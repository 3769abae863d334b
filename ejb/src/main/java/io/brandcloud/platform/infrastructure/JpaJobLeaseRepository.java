package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.JobLeaseRepository;
import io.brandcloud.shared.PlatformUnit;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaJobLeaseRepository implements JobLeaseRepository {

  private static final String INSERT =
      "INSERT INTO platform.job_leases (job_name, period_start, started_by, holder, acquired_at,"
          + " parameters, renewed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now())";

  /** The lease of one run: parameters 1 to 3. */
  private static final String KEY = " job_name = ?1 AND period_start = ?2 AND started_by = ?3";

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public boolean acquire(Key key, String holder, String parameters, Instant now) {
    return claim(INSERT + " ON CONFLICT DO NOTHING", key, holder, parameters, now);
  }

  @Override
  public boolean acquireUnlessRunning(Key key, String holder, String parameters, Instant now) {
    return claim(
        INSERT
            + " ON CONFLICT (job_name, period_start, started_by) DO UPDATE SET"
            + " holder = excluded.holder, acquired_at = excluded.acquired_at,"
            + " parameters = excluded.parameters, renewed_at = now(), finished_at = NULL,"
            + " execution_id = NULL, takeovers = 0 WHERE job_leases.finished_at IS NOT NULL",
        key,
        holder,
        parameters,
        now);
  }

  private boolean claim(String sql, Key key, String holder, String parameters, Instant now) {
    return keyed(sql, key)
            .setParameter(4, holder)
            .setParameter(5, Timestamp.from(now))
            .setParameter(6, parameters)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<Long> runningExecution(Key key) {
    List<?> rows =
        keyed(
                "SELECT execution_id FROM platform.job_leases WHERE"
                    + KEY
                    + " AND finished_at IS NULL AND execution_id IS NOT NULL",
                key)
            .getResultList();
    return rows.stream().map(r -> SqlValues.toLong(r)).findFirst();
  }

  @Override
  public boolean finishExecution(Key key, long execution) {
    return keyed(
                "UPDATE platform.job_leases SET finished_at = now() WHERE"
                    + KEY
                    + " AND execution_id = ?4 AND finished_at IS NULL",
                key)
            .setParameter(4, execution)
            .executeUpdate()
        == 1;
  }

  @Override
  public void recordExecution(Key key, long executionId) {
    keyed("UPDATE platform.job_leases SET execution_id = ?4 WHERE" + KEY, key)
        .setParameter(4, executionId)
        .executeUpdate();
  }

  @Override
  public List<Held> heldBy(String holder) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT job_name, period_start, started_by, execution_id FROM platform.job_leases"
                    + " WHERE holder = ?1 AND finished_at IS NULL")
            .setParameter(1, holder)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new Held(key(r), SqlValues.longOrNull(r[3])))
        .toList();
  }

  @Override
  public void renew(Key key, String holder) {
    update("renewed_at = now()", key, holder);
  }

  @Override
  public void finish(Key key, String holder) {
    update("finished_at = now()", key, holder);
  }

  private void update(String set, Key key, String holder) {
    keyed(
            "UPDATE platform.job_leases SET "
                + set
                + " WHERE"
                + KEY
                + " AND holder = ?4 AND finished_at IS NULL",
            key)
        .setParameter(4, holder)
        .executeUpdate();
  }

  @Override
  public List<TakenOver> takeOverSilent(String holder, Duration silence) {
    List<?> rows =
        em.createNativeQuery(
                "UPDATE platform.job_leases l SET holder = ?1, renewed_at = now(),"
                    + " takeovers = l.takeovers + 1, execution_id = NULL"
                    + " FROM (SELECT job_name, period_start, started_by, execution_id"
                    + " FROM platform.job_leases"
                    + " WHERE finished_at IS NULL AND renewed_at < now() - ?2 * interval '1 second'"
                    + " FOR UPDATE SKIP LOCKED) silent"
                    + " WHERE l.job_name = silent.job_name AND l.period_start = silent.period_start"
                    + " AND l.started_by = silent.started_by"
                    + " RETURNING l.job_name, l.period_start, l.started_by, l.parameters,"
                    + " silent.execution_id")
            .setParameter(1, holder)
            .setParameter(2, silence.toSeconds())
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(r -> new TakenOver(key(r), (String) r[3], SqlValues.longOrNull(r[4])))
        .toList();
  }

  private Query keyed(String sql, Key key) {
    return em.createNativeQuery(sql)
        .setParameter(1, key.job())
        .setParameter(2, Timestamp.from(key.periodStart()))
        .setParameter(3, key.origin().column());
  }

  /** The key in a row's first three columns. */
  private static Key key(Object[] row) {
    return new Key((String) row[0], SqlValues.instant(row[1]), Origin.ofColumn((String) row[2]));
  }
}
