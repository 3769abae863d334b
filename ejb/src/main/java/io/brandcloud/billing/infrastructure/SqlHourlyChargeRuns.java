package io.brandcloud.billing.infrastructure;

import io.brandcloud.billing.domain.ChargingResult;
import io.brandcloud.billing.domain.HourlyChargeRuns;
import io.brandcloud.billing.domain.OrganisationRange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** Runs {@link HourlyChargingStatement} on the connection of the caller's transaction. */
@ApplicationScoped
public class SqlHourlyChargeRuns implements HourlyChargeRuns {

  @PersistenceContext EntityManager em;

  @Override
  public List<OrganisationRange> ranges(int serversPerRange) {
    return session()
        .doReturningWork(connection -> HourlyChargingStatement.ranges(connection, serversPerRange));
  }

  @Override
  public Optional<ChargingResult> chargeWholeTenant(Instant now, int serversAtOnce) {
    return session()
        .doReturningWork(
            connection ->
                HourlyChargingStatement.chargeWholeTenant(connection, now, serversAtOnce));
  }

  @Override
  public ChargingResult chargeRange(Instant now, OrganisationRange range, boolean lastRange) {
    return session()
        .doReturningWork(
            connection -> HourlyChargingStatement.chargeRange(connection, now, range, lastRange));
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
