package io.brandcloud.provisioning.transfer.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface TrafficRepository {

  /** The end of the last hour read of the server's traffic; empty before the first reading. */
  Optional<Instant> readUntil(long serverId);

  /** Keeps the hours read; an hour read before is replaced by the newer figures. */
  void record(long serverId, List<HourlyTraffic> hours);

  /**
   * What the organisation's servers' plans include between {@code from} and {@code to}, in GB: each
   * server's plan transfer for the share of the period it is billed in, a running one until {@code
   * to}; a plan that states none, or unmetered transfer, adds nothing and its traffic counts not.
   */
  BigDecimal includedGb(long organisationId, Instant from, Instant to);

  /** The bytes the organisation's servers sent out in the hours from {@code from} to {@code to}. */
  long bytesOut(long organisationId, Instant from, Instant to);

  /**
   * The organisations whose metered servers sent something out between {@code from} and {@code to},
   * but for those warned at {@code notWarnedAt} % in {@code month} already.
   */
  List<Long> organisationsWithTraffic(Instant from, Instant to, LocalDate month, int notWarnedAt);

  /**
   * The organisations whose metered servers sent something out between {@code from} and {@code to}.
   */
  default List<Long> organisationsWithTraffic(Instant from, Instant to) {
    return organisationsWithTraffic(from, to, null, 0);
  }

  /**
   * How many metered servers billed between {@code from} and {@code to} have traffic read, but not
   * up to the end of the period (or of their billing in it): their provider still owes hours.
   */
  long serversNotReadUntil(Instant from, Instant to);

  /**
   * Charges the organisation's wallet for the month's transfer above its pool, with its ledger row,
   * unless the month was charged or invoiced before; answers whether it was charged now.
   */
  boolean chargeOverage(long organisationId, LocalDate month, Overage overage, Instant at);

  /** The tenant's price per GB above the pool; empty while it charges none. */
  Optional<BigDecimal> overageGbPrice();

  void setOverageGbPrice(BigDecimal price);

  /** Notes a warning for the month; false when it was noted (and sent) before. */
  boolean noteWarning(long organisationId, LocalDate month, int percent, Instant at);
}
