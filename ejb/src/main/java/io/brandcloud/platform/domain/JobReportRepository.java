package io.brandcloud.platform.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What background jobs report to operators: charging runs per tenant and wallet drift found by
 * reconciliation.
 */
public interface JobReportRepository {

  /**
   * Stores the run, its failure cut to 500 characters, unless this execution reported for the
   * tenant already.
   */
  void addChargingRun(ChargingRunReport run);

  void addDrift(WalletDrift drift);

  /** The latest runs with their tenant's slug, newest first. */
  List<ChargingRunReport> recentChargingRuns(int limit);

  /** The latest findings with their tenant's slug, newest first. */
  List<WalletDrift> recentDrift(int limit);

  /**
   * What the tenant's runs charged per day of {@code zone}'s calendar from {@code from} on, oldest
   * first; days without charges are left out.
   */
  List<DailyCharge> chargedPerDay(long tenantId, Instant from, ZoneId zone);

  /**
   * Every tenant with what its runs charged from {@code thisMonth} on and between {@code lastMonth}
   * and {@code thisMonth}, and the servers its latest run charged.
   */
  List<TenantUsage> usagePerTenant(Instant lastMonth, Instant thisMonth);
}
