package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.platform.domain.JobReportRepository;
import io.brandcloud.platform.domain.WalletDrift;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * What background jobs report to operators: charging runs per tenant and wallet drift found by
 * reconciliation. Kept in the platform schema. A successful charging run is reported in the
 * transaction that charged (it commits with the charges); a failure, and drift, in their own
 * transactions, so a failed partition still leaves its report.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobReports {

  @Inject JobReportRepository reports;

  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void chargingRun(ChargingRunReport run) {
    reports.addChargingRun(run);
  }

  public void drift(WalletDrift drift) {
    reports.addDrift(drift);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<ChargingRunReport> recentChargingRuns(int limit) {
    return reports.recentChargingRuns(limit);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<WalletDrift> recentDrift(int limit) {
    return reports.recentDrift(limit);
  }
}
