package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.LoginSession;
import io.brandcloud.identity.domain.LoginSessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaLoginSessionRepository implements LoginSessionRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(LoginSession session) {
    em.persist(session);
    em.flush();
  }

  @Override
  public Optional<LoginSession> find(long userId, long sessionId) {
    return Optional.ofNullable(em.find(LoginSession.class, sessionId))
        .filter(s -> s.userId() == userId);
  }

  @Override
  public List<LoginSession> active(long userId, Instant validFrom, Instant seenSince) {
    return em.createQuery(
            "select s from LoginSession s where s.userId = :user and s.endedAt is null"
                + " and s.validFrom >= :validFrom and s.lastSeenAt >= :seenSince"
                + " order by s.lastSeenAt desc, s.id desc",
            LoginSession.class)
        .setParameter("user", userId)
        .setParameter("validFrom", validFrom)
        .setParameter("seenSince", seenSince)
        .getResultList();
  }

  @Override
  public Set<Long> endedSince(long userId, Instant validFrom) {
    return new HashSet<>(
        em.createQuery(
                "select s.id from LoginSession s where s.userId = :user"
                    + " and s.endedAt is not null and s.validFrom >= :validFrom",
                Long.class)
            .setParameter("user", userId)
            .setParameter("validFrom", validFrom)
            .getResultList());
  }

  @Override
  public void markSeen(long userId, long sessionId, Instant now, String address) {
    em.createNativeQuery(
            "UPDATE login_sessions SET last_seen_at = ?1, address = coalesce(CAST(?2 AS VARCHAR), address)"
                + " WHERE id = ?3 AND user_id = ?4 AND ended_at IS NULL")
        .setParameter(1, now)
        .setParameter(2, address)
        .setParameter(3, sessionId)
        .setParameter(4, userId)
        .executeUpdate();
  }

  @Override
  public int endAll(long userId, Instant now) {
    return em.createQuery(
            "update LoginSession s set s.endedAt = :now where s.userId = :user and s.endedAt is null")
        .setParameter("now", now)
        .setParameter("user", userId)
        .executeUpdate();
  }
}
