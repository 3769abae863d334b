package io.brandcloud.identity.application;

import io.brandcloud.identity.domain.LoginPolicy;
import io.brandcloud.shared.PlainText;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wrong passwords, counted per e-mail address and client address together ({@link
 * LoginPolicy#ACCOUNT}) and per client address across e-mail addresses ({@link
 * LoginPolicy#ADDRESS}). E-mail addresses with no account count the same way, so a lock says
 * nothing about whether an account exists; and a lock holds only the address that earned it, so the
 * owner, coming from elsewhere, still gets in. A quiet hour forgets earlier failures.
 */
@Stateless
public class LoginFailures {

  /** Wrong passwords for one e-mail address within an hour, from all addresses together. */
  static final int ACCOUNT_CEILING = 50;

  @PersistenceContext EntityManager em;

  /**
   * What a typed e-mail address is counted under: as typed, but with control characters spelled out
   * and anything longer than the column by its digest, since a guesser chooses it.
   */
  static String key(String email) {
    String visible = PlainText.escapeForbidden(email == null ? "" : email, false);
    return visible.length() <= 254 ? visible : "sha256:" + SecretTokens.sha256(visible);
  }

  /**
   * Where a client's failures count: its address without a port, and for IPv6 its /64, which one
   * host commonly holds whole.
   */
  static String source(String address) {
    String host = address == null ? "unknown" : address.trim();
    if (host.startsWith("[") && host.contains("]")) {
      host = host.substring(1, host.indexOf(']'));
    } else if (host.indexOf(':') == host.lastIndexOf(':') && host.contains(":")) {
      host = host.substring(0, host.indexOf(':'));
    }
    if (!host.contains(":")) {
      return host.length() <= 64 ? host : host.substring(0, 64);
    }
    try {
      byte[] bytes = java.net.InetAddress.getByName(host).getAddress();
      if (bytes.length != 16) {
        return host;
      }
      java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
      return java.net.InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (java.net.UnknownHostException e) {
      return "unknown";
    }
  }

  /** The latest of the locks that hold this attempt, if any. */
  public Optional<Instant> lockedUntil(String typedEmail, String client, Instant now) {
    String email = key(typedEmail);
    String address = source(client);
    Optional<Instant> everywhere = accountCeiling(email, now);
    if (everywhere.isPresent()) {
      return everywhere;
    }
    Optional<Instant> pair =
        lockOf(
            "SELECT locked_until FROM login_failures WHERE email = ?1 AND ip = ?2",
            List.of(email, address));
    Optional<Instant> any =
        lockOf("SELECT locked_until FROM login_failures_by_ip WHERE ip = ?1", List.of(address));
    return later(pair, any).filter(now::isBefore);
  }

  /** Counts a wrong password; the lock it causes, if any. */
  public Optional<Instant> count(String typedEmail, String client, Instant now) {
    String email = key(typedEmail);
    String address = source(client);
    Optional<Instant> pair =
        lockAfter(
            LoginPolicy.ACCOUNT,
            "INSERT INTO login_failures (email, ip, failures, last_failed_at)"
                + " VALUES (?1, ?2, 1, ?3) ON CONFLICT (email, ip) DO UPDATE SET failures ="
                + " CASE WHEN login_failures.last_failed_at < ?4 THEN 1"
                + " ELSE login_failures.failures + 1 END, last_failed_at = ?3"
                + " RETURNING failures",
            "UPDATE login_failures SET locked_until = ?3 WHERE email = ?1 AND ip = ?2",
            List.of(email, address),
            now);
    Optional<Instant> any =
        lockAfter(
            LoginPolicy.ADDRESS,
            "INSERT INTO login_failures_by_ip (ip, failures, last_failed_at)"
                + " VALUES (?1, 1, ?2) ON CONFLICT (ip) DO UPDATE SET failures ="
                + " CASE WHEN login_failures_by_ip.last_failed_at < ?3 THEN 1"
                + " ELSE login_failures_by_ip.failures + 1 END, last_failed_at = ?2"
                + " RETURNING failures",
            "UPDATE login_failures_by_ip SET locked_until = ?2 WHERE ip = ?1",
            List.of(address),
            now);
    forgetQuietBefore(now);
    return later(pair, any);
  }

  /**
   * Deletes what a quiet hour has made meaningless (no failure for an hour, no lock left), so the
   * tables hold at most an hour of guessing.
   */
  private void forgetQuietBefore(Instant now) {
    for (String table : List.of("login_failures", "login_failures_by_ip")) {
      em.createNativeQuery(
              "DELETE FROM "
                  + table
                  + " WHERE last_failed_at < ?1 AND (locked_until IS NULL OR locked_until <= ?2)")
          .setParameter(1, now.minusSeconds(3600))
          .setParameter(2, now)
          .executeUpdate();
    }
  }

  /**
   * A right password from this client: its own failures for the address are forgotten, those of
   * other clients stay.
   */
  public void succeeded(String typedEmail, String client) {
    em.createNativeQuery("DELETE FROM login_failures WHERE email = ?1 AND ip = ?2")
        .setParameter(1, key(typedEmail))
        .setParameter(2, source(client))
        .executeUpdate();
  }

  /**
   * Guessing from very many addresses still ends: {@value #ACCOUNT_CEILING} wrong passwords for one
   * e-mail address within an hour, from anywhere, lock it everywhere until the hour has passed or
   * its owner follows a reset link (or an admin unlocks it).
   */
  private Optional<Instant> accountCeiling(String email, Instant now) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(failures), 0), MAX(last_failed_at) FROM login_failures"
                        + " WHERE email = ?1 AND last_failed_at >= ?2")
                .setParameter(1, email)
                .setParameter(2, now.minusSeconds(3600))
                .getSingleResult();
    if (((Number) row[0]).intValue() < ACCOUNT_CEILING || row[1] == null) {
      return Optional.empty();
    }
    return Optional.of(SqlValues.instant(row[1]).plusSeconds(3600)).filter(now::isBefore);
  }

  /**
   * Lifts every lock on this e-mail address: after a right password, an admin's unlock or a
   * password reset (whose link proves the owner).
   */
  public void forget(String email) {
    em.createNativeQuery("DELETE FROM login_failures WHERE email = ?1")
        .setParameter(1, key(email))
        .executeUpdate();
  }

  private Optional<Instant> lockAfter(
      LoginPolicy policy, String count, String lock, List<String> keys, Instant now) {
    var counting = em.createNativeQuery(count);
    for (int i = 0; i < keys.size(); i++) {
      counting.setParameter(i + 1, keys.get(i));
    }
    int failures =
        ((Number)
                counting
                    .setParameter(keys.size() + 1, now)
                    .setParameter(keys.size() + 2, now.minusSeconds(3600))
                    .getSingleResult())
            .intValue();
    Optional<Instant> until = policy.lockFor(failures).map(now::plus);
    until.ifPresent(
        instant -> {
          var locking = em.createNativeQuery(lock);
          for (int i = 0; i < keys.size(); i++) {
            locking.setParameter(i + 1, keys.get(i));
          }
          locking.setParameter(keys.size() + 1, instant).executeUpdate();
        });
    return until;
  }

  private Optional<Instant> lockOf(String sql, List<String> keys) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < keys.size(); i++) {
      query.setParameter(i + 1, keys.get(i));
    }
    List<?> rows = query.getResultList();
    return rows.isEmpty() || rows.get(0) == null
        ? Optional.empty()
        : Optional.of(SqlValues.instant(rows.get(0)));
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.filter(i -> i.isAfter(a.get())).or(() -> a);
  }
}
