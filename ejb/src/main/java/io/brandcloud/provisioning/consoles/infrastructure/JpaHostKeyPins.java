package io.brandcloud.provisioning.consoles.infrastructure;

import io.brandcloud.provisioning.consoles.domain.HostKeyPins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaHostKeyPins implements HostKeyPins {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<String> of(long serverId) {
    return em
        .createNativeQuery("SELECT fingerprint FROM server_host_keys WHERE server_id = ?1")
        .setParameter(1, serverId)
        .getResultList()
        .stream()
        .findFirst()
        .map(String.class::cast);
  }

  @Override
  public void pin(long serverId, String fingerprint, String trustedBy, Instant at) {
    em.createNativeQuery(
            "INSERT INTO server_host_keys (server_id, fingerprint, trusted_by, trusted_at)"
                + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (server_id) DO UPDATE SET"
                + " fingerprint = EXCLUDED.fingerprint, trusted_by = EXCLUDED.trusted_by,"
                + " trusted_at = EXCLUDED.trusted_at")
        .setParameter(1, serverId)
        .setParameter(2, fingerprint)
        .setParameter(3, trustedBy)
        .setParameter(4, Timestamp.from(at))
        .executeUpdate();
  }
}
