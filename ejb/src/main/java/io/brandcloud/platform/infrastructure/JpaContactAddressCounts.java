package io.brandcloud.platform.infrastructure;

import io.brandcloud.platform.domain.ContactAddressCounts;
import io.brandcloud.shared.PlatformUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

@ApplicationScoped
public class JpaContactAddressCounts implements ContactAddressCounts {

  @PersistenceContext(unitName = PlatformUnit.NAME)
  EntityManager em;

  @Override
  public int countOne(String addressDigest, Instant slot, Instant since) {
    em.createNativeQuery(
            "INSERT INTO platform.contact_address_counts (address_digest, slot_start, messages)"
                + " VALUES (?1, ?2, 1) ON CONFLICT (address_digest, slot_start)"
                + " DO UPDATE SET messages = contact_address_counts.messages + 1")
        .setParameter(1, addressDigest)
        .setParameter(2, Timestamp.from(slot))
        .executeUpdate();
    return ((Number)
            em.createNativeQuery(
                    "SELECT sum(messages) FROM platform.contact_address_counts"
                        + " WHERE address_digest = ?1 AND slot_start > ?2")
                .setParameter(1, addressDigest)
                .setParameter(2, Timestamp.from(since))
                .getSingleResult())
        .intValue();
  }

  @Override
  public int forgetBefore(Instant instant) {
    return em.createNativeQuery("DELETE FROM platform.contact_address_counts WHERE slot_start < ?1")
        .setParameter(1, Timestamp.from(instant))
        .executeUpdate();
  }
}
