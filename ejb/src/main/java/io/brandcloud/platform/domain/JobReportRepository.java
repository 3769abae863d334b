package io.brandcloud.platform.domain;

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
}
