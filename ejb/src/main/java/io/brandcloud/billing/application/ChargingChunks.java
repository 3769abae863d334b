package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.ChargingResult;
import io.brandcloud.billing.domain.HourlyChargeRuns;
import io.brandcloud.billing.domain.OrganisationRange;
import io.brandcloud.billing.domain.UsageCharged;
import io.brandcloud.metrics.BusinessMetrics;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The transactions of hourly charging: the whole tenant in one, or one per range of organisations
 * with the watermark moving in the last. What the caller records about the run ({@code
 * whenCharged}) joins the transaction that moves the watermark.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ChargingChunks {

  @Inject HourlyChargeRuns charges;
  @EJB Outbox outbox;
  @Inject BusinessMetrics metrics;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<OrganisationRange> ranges(int serversPerRange) {
    return charges.ranges(serversPerRange);
  }

  /**
   * Charges the whole tenant and moves the watermark in one transaction if it has at most {@code
   * serversPerTransaction} running servers; empty (and nothing done) if it has more.
   */
  public Optional<ChargingResult> chargeIfSmall(
      Instant now, int serversPerTransaction, Consumer<ChargingResult> whenCharged) {
    Optional<ChargingResult> result = charges.chargeWholeTenant(now, serversPerTransaction);
    result.ifPresent(
        charged -> {
          whenCharged.accept(charged);
          announce(charged, now);
        });
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
    announce(total, now);
    return total;
  }

  /**
   * Tells other areas (automatic top-ups) that balances fell, with the charges, and counts the run.
   */
  private void announce(ChargingResult result, Instant now) {
    metrics.chargingRun(
        new Money(result.amount(), CurrentTenant.require().currency()),
        result.servers(),
        result.charges());
    if (result.charges() > 0) {
      outbox.publish(new UsageCharged(now));
    }
  }

  private ChargingResult chargeRange(OrganisationRange range, Instant now, boolean lastRange) {
    return charges.chargeRange(now, range, lastRange);
  }
}
