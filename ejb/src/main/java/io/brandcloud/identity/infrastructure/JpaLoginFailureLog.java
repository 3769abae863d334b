package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.LoginFailureLog;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaLoginFailureLog implements LoginFailureLog {

  @PersistenceContext EntityManager em;

  @Override
  public Tally ofEmailSince(String email, Instant since) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(failures), 0), MAX(last_failed_at) FROM login_failures"
                        + " WHERE email = ?1 AND last_failed_at >= ?2")
                .setParameter(1, email)
                .setParameter(2, since)
                .getSingleResult();
    return new Tally(SqlValues.toInt(row[0]), row[1] == null ? null : SqlValues.instant(row[1]));
  }

  @Override
  public Optional<Instant> lockOfPair(String email, String address) {
    return lockOf(
        em.createNativeQuery("SELECT locked_until FROM login_failures WHERE email = ?1 AND ip = ?2")
            .setParameter(1, email)
            .setParameter(2, address));
  }

  @Override
  public Optional<Instant> lockOfAddress(String address) {
    return lockOf(
        em.createNativeQuery("SELECT locked_until FROM login_failures_by_ip WHERE ip = ?1")
            .setParameter(1, address));
  }

  @Override
  public int countPair(String email, String address, Instant now, Instant quietSince) {
    return SqlValues.toInt(
        em.createNativeQuery(
                "INSERT INTO login_failures (email, ip, failures, last_failed_at)"
                    + " VALUES (?1, ?2, 1, ?3) ON CONFLICT (email, ip) DO UPDATE SET failures ="
                    + " CASE WHEN login_failures.last_failed_at < ?4 THEN 1"
                    + " ELSE login_failures.failures + 1 END, last_failed_at = ?3"
                    + " RETURNING failures")
            .setParameter(1, email)
            .setParameter(2, address)
            .setParameter(3, now)
            .setParameter(4, quietSince)
            .getSingleResult());
  }

  @Override
  public int countAddress(String address, Instant now, Instant quietSince) {
    return SqlValues.toInt(
        em.createNativeQuery(
                "INSERT INTO login_failures_by_ip (ip, failures, last_failed_at)"
                    + " VALUES (?1, 1, ?2) ON CONFLICT (ip) DO UPDATE SET failures ="
                    + " CASE WHEN login_failures_by_ip.last_failed_at < ?3 THEN 1"
                    + " ELSE login_failures_by_ip.failures + 1 END, last_failed_at = ?2"
                    + " RETURNING failures")
            .setParameter(1, address)
            .setParameter(2, now)
            .setParameter(3, quietSince)
            .getSingleResult());
  }

  @Override
  public void lockPair(String email, String address, Instant until) {
    em.createNativeQuery("UPDATE login_failures SET locked_until = ?3 WHERE email = ?1 AND ip = ?2")
        .setParameter(1, email)
        .setParameter(2, address)
        .setParameter(3, until)
        .executeUpdate();
  }

  @Override
  public void lockAddress(String address, Instant until) {
    em.createNativeQuery("UPDATE login_failures_by_ip SET locked_until = ?2 WHERE ip = ?1")
        .setParameter(1, address)
        .setParameter(2, until)
        .executeUpdate();
  }

  @Override
  public void forgetQuiet(Instant quietSince, Instant now) {
    for (String table : List.of("login_failures", "login_failures_by_ip")) {
      em.createNativeQuery(
              "DELETE FROM "
                  + table
                  + " WHERE last_failed_at < ?1 AND (locked_until IS NULL OR locked_until <= ?2)")
          .setParameter(1, quietSince)
          .setParameter(2, now)
          .executeUpdate();
    }
  }

  @Override
  public void forgetPair(String email, String address) {
    em.createNativeQuery("DELETE FROM login_failures WHERE email = ?1 AND ip = ?2")
        .setParameter(1, email)
        .setParameter(2, address)
        .executeUpdate();
  }

  @Override
  public void forgetEmail(String email) {
    em.createNativeQuery("DELETE FROM login_failures WHERE email = ?1")
        .setParameter(1, email)
        .executeUpdate();
  }

  private static Optional<Instant> lockOf(Query query) {
    List<?> rows = query.getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(SqlValues.instant(rows.get(0)));
  }
}
