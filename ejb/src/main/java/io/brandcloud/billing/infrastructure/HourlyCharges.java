package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.infrastructure.HourlyChargingStatement.ChargingResult;
import io.brandcloud.billing.infrastructure.HourlyChargingStatement.OrganisationRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Runs {@link HourlyChargingStatement} on the connection of the caller's transaction. It has no
 * interface in {@code billing.domain}: its results are the statement's own records, which the batch
 * module reads as they are.
 */
@ApplicationScoped
public class HourlyCharges {

  @PersistenceContext EntityManager em;

  public List<OrganisationRange> ranges(int serversPerRange) {
    return session()
        .doReturningWork(connection -> HourlyChargingStatement.ranges(connection, serversPerRange));
  }

  public Optional<ChargingResult> chargeWholeTenant(Instant now, int serversAtOnce) {
    return session()
        .doReturningWork(
            connection ->
                HourlyChargingStatement.chargeWholeTenant(connection, now, serversAtOnce));
  }

  public ChargingResult chargeRange(Instant now, OrganisationRange range, boolean lastRange) {
    return session()
        .doReturningWork(
            connection -> HourlyChargingStatement.chargeRange(connection, now, range, lastRange));
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
