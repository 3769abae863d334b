package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.batch.scheduling.BatchJobs;
import io.brandcloud.batch.scheduling.JobLeaseKeeper;
import io.brandcloud.it.TestTenants.Fixture;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scheduled period whose node died mid-run: its execution stopped and its lease went silent. The
 * lease keeper (every node runs it) takes the lease over once and runs the period again, which
 * charges each server exactly once for each hour; nobody starts the period a third time.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseTakeoverIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB BatchJobs jobs;
  @EJB JobLeaseKeeper keeper;
  @Resource UserTransaction transaction;

  @PersistenceContext(unitName = "brandcloud")
  EntityManager em;

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void anotherNodeFinishesThePeriodOfANodeThatDiedMidRunExactlyOnce() throws Exception {
    Instant start = Scenario.nextMonthAt("10:20");
    scenario.at(start);
    Fixture shop = tenants.withCustomer(TestTenants.uniqueSlug("lease"), new BigDecimal("20"));
    List<Long> servers =
        List.of(
            scenario.runningServer(shop, shop.customerId(), "web-1"),
            scenario.runningServer(shop, shop.customerId(), "web-2"));
    Instant run = start.plus(Duration.ofHours(1)).plusSeconds(60);
    Instant period = run.truncatedTo(ChronoUnit.HOURS);

    long first = jobs.startHourlyCharging(run).orElseThrow();
    try {
      BatchRuntime.getJobOperator().stop(first);
    } catch (JobExecutionNotRunningException finishedFirst) {
      // the node died after the work but before its lease ended: the same for the others
    }
    Jobs.awaitDone(first);
    diesSilently(period);

    keeper.keep();
    long second =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> execution(period), e -> e != null && e != first);
    assertThat(Jobs.awaitDone(second)).isEqualTo(BatchStatus.COMPLETED);
    for (long server : servers) {
      assertThat(charges(shop, server)).as("10:00 and 11:00, once each").isEqualTo(2);
    }

    keeper.keep();
    assertThat(lease(period, "takeovers")).isEqualTo(1);
    assertThat(lease(period, "finished_at")).as("the second run's end ends the lease").isNotNull();
    assertThat(jobs.startHourlyCharging(run)).isEqualTo(Optional.empty());
    assertThat(execution(period)).isEqualTo(second);
  }

  /** What a node that died leaves: a lease of another process, unfinished, silent for minutes. */
  private void diesSilently(Instant period) throws Exception {
    transaction.begin();
    em.createNativeQuery(
            "UPDATE platform.job_leases SET holder = 'node-z@gone', finished_at = NULL,"
                + " renewed_at = now() - interval '2 minutes'"
                + " WHERE job_name = 'hourly-charging' AND period_start = ?1")
        .setParameter(1, Timestamp.from(period))
        .executeUpdate();
    transaction.commit();
  }

  private Long execution(Instant period) {
    Object value = lease(period, "execution_id");
    return value == null ? null : ((Number) value).longValue();
  }

  private Object lease(Instant period, String column) {
    return em.createNativeQuery(
            "SELECT "
                + column
                + " FROM platform.job_leases WHERE job_name = 'hourly-charging'"
                + " AND period_start = ?1")
        .setParameter(1, Timestamp.from(period))
        .getSingleResult();
  }

  private long charges(Fixture shop, long serverId) {
    return shop.as(
        () ->
            ((Number)
                    em.createNativeQuery("SELECT count(*) FROM usage_charges WHERE server_id = ?1")
                        .setParameter(1, serverId)
                        .getSingleResult())
                .longValue());
  }
}
