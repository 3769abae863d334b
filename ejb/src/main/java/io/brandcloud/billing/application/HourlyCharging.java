package io.brandcloud.billing.application;

import io.brandcloud.billing.infrastructure.HourlyChargingStatement.ChargingResult;
import io.brandcloud.billing.infrastructure.HourlyChargingStatement.OrganisationRange;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
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

  public ChargingResult chargeUpTo(Instant now) {
    List<OrganisationRange> ranges = chunks.ranges(serversPerTransaction());
    long charges = 0;
    long servers = 0;
    BigDecimal amount = BigDecimal.ZERO;
    for (int i = 0; i < ranges.size(); i++) {
      ChargingResult part = chunks.charge(ranges.get(i), now, i == ranges.size() - 1);
      charges += part.charges();
      servers += part.servers();
      amount = amount.add(part.amount());
    }
    LOG.infof(
        "Charged %d server-hours on %d servers in %d transactions, %s %s, up to %s",
        charges,
        servers,
        ranges.size(),
        amount.toPlainString(),
        CurrentTenant.require().currency(),
        now);
    return new ChargingResult(charges, amount, servers);
  }

  private static int serversPerTransaction() {
    return Math.max(1, Integer.getInteger(SERVERS_PER_TRANSACTION, 50_000));
  }
}
