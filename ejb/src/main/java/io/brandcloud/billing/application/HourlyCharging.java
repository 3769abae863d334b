package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.ChargingResult;
import io.brandcloud.billing.domain.OrganisationRange;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Charges the current tenant's running servers for every started hour up to a point in time. A
 * tenant is charged in one transaction; a very large one in ranges of organisations of about {@code
 * brandcloud.charging.serversPerTransaction} running servers (default 50,000) each, so no
 * transaction holds millions of rows, and the watermark moves with the last range.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HourlyCharging {

  public static final String SERVERS_PER_TRANSACTION = "brandcloud.charging.serversPerTransaction";
  private static final Logger LOG = Logger.getLogger(HourlyCharging.class);

  @EJB ChargingChunks chunks;

  /**
   * @param whenCharged called with the run's result inside the transaction that completes it, so
   *     what it writes (the operators' report) commits with the charges or not at all
   */
  public ChargingResult chargeUpTo(Instant now, Consumer<ChargingResult> whenCharged) {
    int limit = serversPerTransaction();
    Optional<ChargingResult> small = chunks.chargeIfSmall(now, limit, whenCharged);
    if (small.isPresent()) {
      log(small.get(), 1, now);
      return small.get();
    }
    List<OrganisationRange> ranges = chunks.ranges(limit);
    ChargingResult total = ChargingResult.NOTHING;
    for (int i = 0; i < ranges.size() - 1; i++) {
      total = chunks.charge(ranges.get(i), now, total);
    }
    total = chunks.chargeLast(ranges.get(ranges.size() - 1), now, total, whenCharged);
    log(total, ranges.size(), now);
    return total;
  }

  /**
   * Debug only: every run of every tenant is a row of the operators' report ({@code
   * charging_runs}), and a line per tenant per hour drowns the server log.
   */
  private static void log(ChargingResult result, int transactions, Instant now) {
    LOG.debugf(
        "Charged %d server-hours on %d servers in %d transactions, %s %s, up to %s",
        result.charges(),
        result.servers(),
        transactions,
        result.amount().toPlainString(),
        CurrentTenant.require().currency(),
        now);
  }

  private static int serversPerTransaction() {
    return Math.max(1, Integer.getInteger(SERVERS_PER_TRANSACTION, 50_000));
  }
}
