package io.brandcloud.provisioning.servers.application;

import io.brandcloud.catalog.domain.PlanRepriced;
import io.brandcloud.outbox.MessageHandler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Servers on a repriced plan pay its new price from the next full hour. */
@ApplicationScoped
public class RepriceServersOnPlanChange implements MessageHandler<PlanRepriced> {

  @EJB Servers servers;

  @Override
  public Class<PlanRepriced> handles() {
    return PlanRepriced.class;
  }

  @Override
  public void handle(PlanRepriced event) {
    servers.repriceOnPlan(event.planId(), event.repricedAt());
  }
}
