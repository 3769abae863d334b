package io.brandcloud.billing.application;

import io.brandcloud.billing.infrastructure.HourlyChargingStatement;
import io.brandcloud.billing.infrastructure.HourlyChargingStatement.ChargingResult;
import io.brandcloud.billing.infrastructure.HourlyChargingStatement.OrganisationRange;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** The transactions of hourly charging: one per range of organisations, one for the watermark. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChargingChunks {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OrganisationRange> ranges(int serversPerRange) {
    return session()
        .doReturningWork(connection -> HourlyChargingStatement.ranges(connection, serversPerRange));
  }

  /**
   * Charges the whole tenant and moves the watermark in one transaction if it has at most {@code
   * serversPerTransaction} running servers; empty (and nothing done) if it has more.
   */
  public Optional<ChargingResult> chargeIfSmall(Instant now, int serversPerTransaction) {
    return session()
        .doReturningWork(
            connection -> {
              if (HourlyChargingStatement.moreRunningThan(connection, serversPerTransaction)) {
                return Optional.empty();
              }
              ChargingResult result =
                  HourlyChargingStatement.run(connection, now, OrganisationRange.ALL);
              HourlyChargingStatement.moveWatermark(connection, now);
              return Optional.of(result);
            });
  }

  /** Charges the range and, if {@code last}, moves the watermark in the same transaction. */
  public ChargingResult charge(OrganisationRange range, Instant now, boolean last) {
    return session()
        .doReturningWork(
            connection -> {
              ChargingResult result = HourlyChargingStatement.run(connection, now, range);
              if (last) {
                HourlyChargingStatement.moveWatermark(connection, now);
              }
              return result;
            });
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
