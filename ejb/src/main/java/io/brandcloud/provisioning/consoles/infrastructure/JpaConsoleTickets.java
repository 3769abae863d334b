package io.brandcloud.provisioning.consoles.infrastructure;

import io.brandcloud.access.Caller;
import io.brandcloud.access.Role;
import io.brandcloud.provisioning.consoles.domain.ConsoleTickets;
import io.brandcloud.shared.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaConsoleTickets implements ConsoleTickets {

  @PersistenceContext EntityManager em;

  @Override
  public void add(
      String ticketHash,
      long serverId,
      long organisationId,
      Caller caller,
      String originAddress,
      Instant now,
      Instant expiresAt) {
    em.createNativeQuery(
            "INSERT INTO console_tickets (token_hash, server_id, organisation_id, caller_kind,"
                + " caller_name, caller_user_id, caller_role, impersonator, origin_address,"
                + " created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
        .setParameter(1, ticketHash)
        .setParameter(2, serverId)
        .setParameter(3, organisationId)
        .setParameter(4, caller.kind().name())
        .setParameter(5, caller.name())
        .setParameter(6, caller.userId())
        .setParameter(7, caller.role() == null ? null : caller.role().name())
        .setParameter(8, caller.impersonator())
        .setParameter(9, originAddress)
        .setParameter(10, Timestamp.from(now))
        .setParameter(11, Timestamp.from(expiresAt))
        .executeUpdate();
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<SpentTicket> spend(String ticketHash, Instant now) {
    List<Object[]> rows =
        em.createNativeQuery(
                "UPDATE console_tickets SET used_at = ?2 WHERE token_hash = ?1"
                    + " AND used_at IS NULL AND expires_at > ?2"
                    + " RETURNING server_id, organisation_id, caller_kind, caller_name,"
                    + " caller_user_id, caller_role, impersonator, origin_address")
            .setParameter(1, ticketHash)
            .setParameter(2, Timestamp.from(now))
            .getResultList();
    return rows.stream().findFirst().map(JpaConsoleTickets::spent);
  }

  @Override
  public int forgetExpiredBefore(Instant cutoff) {
    return em.createNativeQuery("DELETE FROM console_tickets WHERE expires_at < ?1")
        .setParameter(1, Timestamp.from(cutoff))
        .executeUpdate();
  }

  /** The caller as the ticket remembers them: no API key scopes, as the socket needs none. */
  private static SpentTicket spent(Object[] row) {
    Caller caller =
        new Caller(
            Caller.Kind.valueOf((String) row[2]),
            (String) row[3],
            SqlValues.longOrNull(row[4]),
            row[5] == null ? null : Role.valueOf((String) row[5]),
            Set.of(),
            false,
            false,
            (String) row[6]);
    return new SpentTicket(
        SqlValues.toLong(row[0]), SqlValues.toLong(row[1]), caller, (String) row[7]);
  }
}
