package io.brandcloud.billing.application;

import io.brandcloud.billing.infrastructure.HourlyChargingStatement;
import io.brandcloud.billing.infrastructure.HourlyChargingStatement.ChargingResult;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/** Charges the current tenant's running servers for every started hour up to a point in time. */
@Stateless
public class HourlyCharging {

  private static final Logger LOG = Logger.getLogger(HourlyCharging.class);

  @PersistenceContext EntityManager em;

  public ChargingResult chargeUpTo(Instant now) {
    ChargingResult result =
        em.unwrap(Session.class)
            .doReturningWork(connection -> HourlyChargingStatement.run(connection, now));
    LOG.infof(
        "Charged %d server-hours on %d servers, %s %s, up to %s",
        result.charges(),
        result.servers(),
        result.amount().toPlainString(),
        CurrentTenant.require().currency(),
        now);
    return result;
  }
}
