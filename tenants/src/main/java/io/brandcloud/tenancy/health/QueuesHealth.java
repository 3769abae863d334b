package io.brandcloud.tenancy.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * How far behind the work queues are ({@link QueueBacklog}): per queue, how many tenants have work
 * that is due and how long the longest has waited. Work that waits more than five minutes is {@code
 * degraded}; the node stays up, since any node takes the work.
 */
@Readiness
@ApplicationScoped
public class QueuesHealth implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder answer = HealthCheckResponse.named("queues").up();
    boolean late = false;
    for (QueueBacklog queue : QueueBacklog.read()) {
      answer.withData(queue.queue() + "TenantsWaiting", queue.tenantsWaiting());
      answer.withData(queue.queue() + "OldestSeconds", queue.oldestSeconds());
      late |= queue.oldestSeconds() > Degradation.LATE.toSeconds();
    }
    return answer.withData(Degradation.STATE, Degradation.of(late)).build();
  }
}
