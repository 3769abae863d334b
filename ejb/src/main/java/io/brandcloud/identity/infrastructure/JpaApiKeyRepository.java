package io.brandcloud.identity.infrastructure;

import io.brandcloud.identity.domain.ApiKey;
import io.brandcloud.identity.domain.ApiKeyRepository;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.shared.QueryPages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(ApiKey key) {
    em.persist(key);
    em.flush();
  }

  @Override
  public Optional<ApiKey> find(long keyId) {
    return Optional.ofNullable(em.find(ApiKey.class, keyId));
  }

  @Override
  public Optional<ApiKey> withPrefix(String prefix) {
    return em.createQuery("select k from ApiKey k where k.prefix = :prefix", ApiKey.class)
        .setParameter("prefix", prefix)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<ApiKey> ofUser(long userId, PageRequest page) {
    return QueryPages.of(
        em.createQuery(
                "select k from ApiKey k where k.userId = :user order by k.createdAt desc, k.id desc",
                ApiKey.class)
            .setParameter("user", userId),
        em.createQuery("select count(k) from ApiKey k where k.userId = :user", Long.class)
            .setParameter("user", userId),
        page);
  }

  @Override
  public int revokeAll(long userId, Instant at) {
    return em.createQuery(
            "update ApiKey k set k.revokedAt = :now"
                + " where k.userId = :user and k.revokedAt is null")
        .setParameter("now", at)
        .setParameter("user", userId)
        .executeUpdate();
  }

  @Override
  public void markUsed(long keyId, Instant at, Instant usedSince, String address, String device) {
    em.createNativeQuery(
            "UPDATE api_keys SET last_used_at = ?1, last_used_address = CAST(?4 AS VARCHAR),"
                + " last_used_device = CAST(?5 AS VARCHAR) WHERE id = ?2"
                + " AND (last_used_at IS NULL OR last_used_at < ?3)")
        .setParameter(1, at)
        .setParameter(2, keyId)
        .setParameter(3, usedSince)
        .setParameter(4, address)
        .setParameter(5, device)
        .executeUpdate();
  }
}
