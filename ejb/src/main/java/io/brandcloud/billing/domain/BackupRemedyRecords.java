package io.brandcloud.billing.domain;

import io.brandcloud.billing.domain.BackupShares.BackupPrice;
import io.brandcloud.billing.domain.BackupShares.Charge;
import io.brandcloud.billing.domain.BackupShares.History;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the remedy for backups billed but never switched on reads and writes, in the current
 * tenant's schema: the history of servers that had the add-on (from the audit log and their plans'
 * changes), their charges, the invoices that hold them, and the once-only mark.
 */
public interface BackupRemedyRecords {

  /** A server the add-on was ever asked for, with its owner and its state now. */
  record ServerPast(
      long id, long organisationId, long planId, Instant createdAt, boolean backupNow) {}

  /** A charge with the organisation whose wallet paid it. */
  record PaidCharge(Charge charge, long organisationId) {}

  /** Marks the remedy done in this tenant; false if it was done before (or is under way). */
  boolean claim(String name, Instant now);

  void finish(String name, String summary);

  /**
   * Keeps hourly charging out until the transaction ends: a charging statement waiting for the
   * table reads the servers' prices only once the remedy has corrected them.
   */
  void holdCharging();

  /**
   * When this schema learnt that backups are billed only once confirmed (its migration 038): what
   * happened before it was billed the old way. A schema whose migration record was not kept (a
   * tenant moved between placements) is judged by the first sign of the new way, else {@code now}.
   */
  Instant oldBillingUntil(Instant now);

  /** Every server the add-on was ever asked for. */
  List<ServerPast> serversThatHadBackups();

  /** Each server's history: how it was ordered and what changed after. */
  Map<Long, History> histories(List<ServerPast> servers);

  /**
   * Each plan's backup price over time, from its price changes in the audit log; a plan whose
   * backup price never changed there has its price of now from the start.
   */
  List<BackupPrice> backupPrices();

  /** Every charge of one server, with who paid it. */
  List<PaidCharge> chargesOf(long serverId);

  /** The organisation's invoice of the month starting on {@code monthStart}, if issued. */
  Optional<Long> invoiceOf(long organisationId, LocalDate monthStart);

  /** Takes each share off its charge, so the month's invoice bills what was really owed. */
  void lower(Map<Long, BigDecimal> sharesByCharge);
}
