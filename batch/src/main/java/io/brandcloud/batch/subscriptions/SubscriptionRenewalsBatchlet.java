package io.brandcloud.batch.subscriptions;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.subscriptions.application.SubscriptionRenewals;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Renews one tenant's subscriptions whose paid time is over, on the tenant's calendar. */
@Dependent
@Named("subscriptionRenewalsBatchlet")
public class SubscriptionRenewalsBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @EJB SubscriptionRenewals renewals;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("subscription-renewals"));
    try {
      SubscriptionRenewals.Outcome outcome =
          CurrentTenant.callAs(
              partition.context(tenantId, job.getExecutionId()), renewals::renewDue);
      return "renewed "
          + outcome.renewed()
          + ", ended "
          + outcome.ended()
          + ", past due "
          + outcome.pastDue()
          + ", failed "
          + outcome.failed();
    } finally {
      CurrentCaller.clear();
    }
  }
}
