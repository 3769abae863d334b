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
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * The transactions of hourly charging: the whole tenant in one, or one per range of organisations
 * with the watermark moving in the last. What the caller records about the run ({@code
 * whenCharged}) joins the transaction that moves the watermark.
 */
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
  public Optional<ChargingResult> chargeIfSmall(
      Instant now, int serversPerTransaction, Consumer<ChargingResult> whenCharged) {
    Optional<ChargingResult> result =
        session()
            .doReturningWork(
                connection ->
                    HourlyChargingStatement.chargeWholeTenant(
                        connection, now, serversPerTransaction));
    result.ifPresent(whenCharged);
    return result;
  }

  /** Charges the range; returns what it charged added to {@code before}. */
  public ChargingResult charge(OrganisationRange range, Instant now, ChargingResult before) {
    return before.plus(chargeRange(range, now, false));
  }

  /**
   * Charges the last range and moves the watermark; {@code whenCharged} gets the whole run's result
   * in the same transaction.
   */
  public ChargingResult chargeLast(
      OrganisationRange range,
      Instant now,
      ChargingResult before,
      Consumer<ChargingResult> whenCharged) {
    ChargingResult total = before.plus(chargeRange(range, now, true));
    whenCharged.accept(total);
    return total;
  }

  private ChargingResult chargeRange(OrganisationRange range, Instant now, boolean lastRange) {
    return session()
        .doReturningWork(
            connection -> HourlyChargingStatement.chargeRange(connection, now, range, lastRange));
  }

  private Session session() {
    return em.unwrap(Session.class);
  }
}
