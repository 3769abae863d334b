package io.brandcloud.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/** The digests of the current tenant's push tickets already spent, kept until they expire. */
@ApplicationScoped
public class SpentPushTickets {

  @PersistenceContext EntityManager em;

  /** Whether this is the ticket's first spending; the primary key settles a race between nodes. */
  public boolean spendOnce(String ticketHash, Instant expiresAt, Instant now) {
    // a few expired ones at a time, skipping those another spending is clearing: a storm of
    // reconnecting pages must not queue behind one another's clean-up
    em.createNativeQuery(
            "DELETE FROM push_tickets_spent WHERE token_hash IN (SELECT token_hash FROM"
                + " push_tickets_spent WHERE expires_at < ?1 LIMIT 20 FOR UPDATE SKIP LOCKED)")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
    return em.createNativeQuery(
                "INSERT INTO push_tickets_spent (token_hash, expires_at) VALUES (?1, ?2)"
                    + " ON CONFLICT (token_hash) DO NOTHING")
            .setParameter(1, ticketHash)
            .setParameter(2, Timestamp.from(expiresAt))
            .executeUpdate()
        == 1;
  }
}
