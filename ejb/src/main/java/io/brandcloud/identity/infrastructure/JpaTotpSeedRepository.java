package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.TotpSeed;
import io.brandcloud.identity.domain.TotpSeedRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTotpSeedRepository implements TotpSeedRepository {

  @PersistenceContext EntityManager em;

  @Override
  public boolean confirmed(long userId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM user_totp WHERE user_id = ?1 AND confirmed_at IS NOT NULL")
        .setParameter(1, userId)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void enrol(long userId, byte[] sealed, Instant at) {
    em.createNativeQuery(
            "INSERT INTO user_totp (user_id, secret_encrypted, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted,"
                + " created_at = EXCLUDED.created_at, last_step = NULL")
        .setParameter(1, userId)
        .setParameter(2, sealed)
        .setParameter(3, at)
        .executeUpdate();
  }

  @Override
  public void confirm(long userId, Instant at) {
    em.createNativeQuery("UPDATE user_totp SET confirmed_at = ?2 WHERE user_id = ?1")
        .setParameter(1, userId)
        .setParameter(2, at)
        .executeUpdate();
  }

  @Override
  public Optional<TotpSeed> ofUserForUpdate(long userId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT secret_encrypted, last_step, confirmed_at FROM user_totp WHERE user_id = ?1"
                    + " FOR UPDATE")
            .setParameter(1, userId)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(r -> new TotpSeed((byte[]) r[0], SqlValues.longOrNull(r[1]), r[2] != null))
        .findFirst();
  }

  @Override
  public void useStep(long userId, long step) {
    em.createNativeQuery("UPDATE user_totp SET last_step = ?2 WHERE user_id = ?1")
        .setParameter(1, userId)
        .setParameter(2, step)
        .executeUpdate();
  }

  @Override
  public void remove(long userId) {
    em.createNativeQuery("DELETE FROM user_totp WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }
}
