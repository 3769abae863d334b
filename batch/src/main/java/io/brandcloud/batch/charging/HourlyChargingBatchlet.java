package io.brandcloud.batch.charging;

import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.billing.application.HourlyCharging;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Charges one tenant (the partition's) for every started hour up to the job's {@code chargeAt}. */
@Dependent
@Named("hourlyChargingBatchlet")
public class HourlyChargingBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject
  @BatchProperty(name = "chargeAt")
  String chargeAt;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @EJB HourlyCharging charging;

  @Override
  public String process() throws Exception {
    Instant at = Instant.parse(chargeAt);
    var result =
        partition.callAs(
            tenantId, Long.toString(job.getExecutionId()), () -> charging.chargeUpTo(at));
    return "charged " + result.charges() + " server-hours, " + result.amount().toPlainString();
  }
}
