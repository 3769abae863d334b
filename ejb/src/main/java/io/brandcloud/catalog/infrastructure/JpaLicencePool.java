package io.brandcloud.catalog.infrastructure;

import io.brandcloud.catalog.domain.LicencePool;
import io.brandcloud.catalog.domain.LicenceStock;
import io.brandcloud.shared.SecretTokens;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.TenantSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaLicencePool implements LicencePool {

  private static final String PURPOSE = "licence-key";

  @PersistenceContext EntityManager em;

  @Override
  public int add(long productId, List<String> keys, Instant now) {
    int added = 0;
    for (String key : keys) {
      added +=
          em.createNativeQuery(
                  "INSERT INTO licence_keys (product_id, sealed_key, digest, added_at)"
                      + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (product_id, digest) DO NOTHING")
              .setParameter(1, productId)
              .setParameter(2, TenantSecrets.seal(key, PURPOSE))
              .setParameter(3, SecretTokens.sha256(key))
              .setParameter(4, Timestamp.from(now))
              .executeUpdate();
    }
    return added;
  }

  @Override
  public Optional<String> take(long productId, long subscriptionId, Instant now) {
    // two orders at once take two keys: the second skips the row the first holds
    List<?> taken =
        em.createNativeQuery(
                "UPDATE licence_keys SET subscription_id = ?2, assigned_at = ?3 WHERE id ="
                    + " (SELECT id FROM licence_keys WHERE product_id = ?1 AND subscription_id IS"
                    + " NULL ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING sealed_key")
            .setParameter(1, productId)
            .setParameter(2, subscriptionId)
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    return taken.stream().findFirst().map(box -> TenantSecrets.open((byte[]) box, PURPOSE));
  }

  @Override
  public Optional<String> keyOf(long subscriptionId) {
    List<?> keys =
        em.createNativeQuery("SELECT sealed_key FROM licence_keys WHERE subscription_id = ?1")
            .setParameter(1, subscriptionId)
            .getResultList();
    return keys.stream().findFirst().map(box -> TenantSecrets.open((byte[]) box, PURPOSE));
  }

  @Override
  public Map<Long, LicenceStock> stock(Collection<Long> productIds) {
    Map<Long, LicenceStock> stock = new HashMap<>();
    if (productIds.isEmpty()) {
      return stock;
    }
    List<?> rows =
        em.createNativeQuery(
                "SELECT product_id, count(*) FILTER (WHERE subscription_id IS NULL),"
                    + " count(subscription_id) FROM licence_keys WHERE product_id IN (:ids)"
                    + " GROUP BY product_id")
            .setParameter("ids", List.copyOf(productIds))
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      stock.put(
          SqlValues.toLong(r[0]), new LicenceStock(SqlValues.toLong(r[1]), SqlValues.toLong(r[2])));
    }
    return stock;
  }
}
