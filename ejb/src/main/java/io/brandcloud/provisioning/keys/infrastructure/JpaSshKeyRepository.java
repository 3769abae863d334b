package io.brandcloud.provisioning.keys.infrastructure;

import io.brandcloud.provisioning.keys.domain.SshKey;
import io.brandcloud.provisioning.keys.domain.SshKeyRepository;
import io.brandcloud.provisioning.keys.domain.SshPublicKey;
import io.brandcloud.shared.SqlValues;
import io.brandcloud.shared.UniqueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSshKeyRepository implements SshKeyRepository {

  private static final String SELECT =
      "SELECT id, organisation_id, name, key_type, public_key, bits, fingerprint, created_by,"
          + " created_at FROM ssh_keys WHERE organisation_id = ?1";

  @PersistenceContext EntityManager em;

  @Override
  public List<SshKey> of(long organisationId) {
    return query(SELECT + " ORDER BY lower(name), id", organisationId, null);
  }

  @Override
  public Optional<SshKey> find(long organisationId, long keyId) {
    return query(SELECT + " AND id = ?2", organisationId, keyId).stream().findFirst();
  }

  @Override
  public Optional<SshKey> withFingerprint(long organisationId, String fingerprint) {
    return query(SELECT + " AND fingerprint = ?2", organisationId, fingerprint).stream()
        .findFirst();
  }

  @Override
  public Optional<SshKey> named(long organisationId, String name) {
    return query(SELECT + " AND lower(name) = lower(?2)", organisationId, name).stream()
        .findFirst();
  }

  @Override
  public int count(long organisationId) {
    return SqlValues.toInt(
        em.createNativeQuery("SELECT count(*) FROM ssh_keys WHERE organisation_id = ?1")
            .setParameter(1, organisationId)
            .getSingleResult());
  }

  @Override
  public long add(SshKey key) {
    return UniqueRows.orConflict(() -> insert(key), "This key or its name was saved a moment ago");
  }

  private long insert(SshKey key) {
    return SqlValues.toLong(
        em.createNativeQuery(
                "INSERT INTO ssh_keys (organisation_id, name, key_type, public_key, bits,"
                    + " fingerprint, created_by, created_at)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id")
            .setParameter(1, key.organisationId())
            .setParameter(2, key.name())
            .setParameter(3, key.key().type())
            .setParameter(4, key.key().data())
            .setParameter(5, key.key().bits())
            .setParameter(6, key.key().fingerprint())
            .setParameter(7, key.createdBy())
            .setParameter(8, Timestamp.from(key.createdAt()))
            .getSingleResult());
  }

  @Override
  public void delete(long organisationId, long keyId) {
    em.createNativeQuery("DELETE FROM ssh_keys WHERE organisation_id = ?1 AND id = ?2")
        .setParameter(1, organisationId)
        .setParameter(2, keyId)
        .executeUpdate();
  }

  private List<SshKey> query(String sql, long organisationId, Object second) {
    var query = em.createNativeQuery(sql).setParameter(1, organisationId);
    if (second != null) {
      query.setParameter(2, second);
    }
    List<?> rows = query.getResultList();
    return rows.stream().map(Object[].class::cast).map(JpaSshKeyRepository::key).toList();
  }

  private static SshKey key(Object[] r) {
    return new SshKey(
        SqlValues.toLong(r[0]),
        SqlValues.toLong(r[1]),
        (String) r[2],
        new SshPublicKey((String) r[3], (String) r[4], SqlValues.toInt(r[5]), (String) r[6]),
        (String) r[7],
        SqlValues.instant(r[8]));
  }
}
