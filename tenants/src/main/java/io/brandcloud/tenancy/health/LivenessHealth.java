package io.brandcloud.tenancy.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The application is deployed and its threads answer. Nothing outside the JVM is asked here: a
 * database outage must make the node unready, not have it restarted.
 */
@Liveness
@ApplicationScoped
public class LivenessHealth implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    return HealthCheckResponse.named("application")
        .up()
        .withData("uptimeSeconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000)
        .withData("heapUsedMb", (runtime.totalMemory() - runtime.freeMemory()) >> 20)
        .build();
  }
}
