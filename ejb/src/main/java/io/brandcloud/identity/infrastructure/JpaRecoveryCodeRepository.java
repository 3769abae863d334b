package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.RecoveryCodeRepository;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JpaRecoveryCodeRepository implements RecoveryCodeRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void replace(long userId, List<String> codeHashes) {
    removeAll(userId);
    for (String codeHash : codeHashes) {
      em.createNativeQuery("INSERT INTO recovery_codes (user_id, code_hash) VALUES (?1, ?2)")
          .setParameter(1, userId)
          .setParameter(2, codeHash)
          .executeUpdate();
    }
  }

  @Override
  public void removeAll(long userId) {
    em.createNativeQuery("DELETE FROM recovery_codes WHERE user_id = ?1")
        .setParameter(1, userId)
        .executeUpdate();
  }

  @Override
  public boolean use(long userId, String codeHash, Instant at) {
    return em.createNativeQuery(
                "UPDATE recovery_codes SET used_at = ?3 WHERE user_id = ?1 AND code_hash = ?2"
                    + " AND used_at IS NULL")
            .setParameter(1, userId)
            .setParameter(2, codeHash)
            .setParameter(3, at)
            .executeUpdate()
        == 1;
  }

  @Override
  public long unused(long userId) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "SELECT count(*) FROM recovery_codes WHERE user_id = ?1 AND used_at IS NULL")
            .setParameter(1, userId)
            .getSingleResult());
  }
}
