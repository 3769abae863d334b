package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.batch.scheduling.BatchJobs;
import io.brandcloud.batch.scheduling.JobLeaseKeeper;
import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.tenancy.Placements;
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
import java.net.http.HttpResponse;
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
 * charges each server exactly once for each hour; nobody starts the period a third time. An
 * operator's run holds a lease of its own, so it is never run twice at once. {@code
 * ClusterFailoverIT} kills a real node in the middle of an operator's run.
 */
@ExtendWith(ArquillianExtension.class)
class JobLeaseTakeoverIT {

  private static final String CHARGING = "api/platform/v1/jobs/hourly-charging";

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
    // an hour no other test sets the clock to: the real hourly timer charges at the test clock's
    // hour, and took this period's lease when it fired while another test's clock stood in it
    Instant start = Scenario.nextMonthAt("04:20");
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

  @Test
  void anOperatorsRunIsRefusedWhileTheSameRunIsUnderWayAndMayBeRunAgainAfter() throws Exception {
    Instant start = Scenario.nextMonthAt("13:20");
    scenario.at(start);
    Fixture shop =
        tenants.withCustomer(
            TestTenants.uniqueSlug("oprun"), new BigDecimal("20"), Placements.MAIN);
    long server = scenario.runningServer(shop, shop.customerId(), "web-1");
    String upTo = "{\"chargeAt\":\"" + start.plus(Duration.ofHours(1)).plusSeconds(60) + "\"}";
    Http operator =
        new Http(Http.localServer()).as("operator@brandcloud.local", "it-operator-password");

    long first;
    HttpResponse<String> meanwhile;
    transaction.begin();
    try {
      // the shop's charges wait for this lock, so the first run is still under way
      em.createNativeQuery("LOCK TABLE " + shop.tenant().schema() + ".usage_charges IN SHARE MODE")
          .executeUpdate();
      HttpResponse<String> started = operator.post(CHARGING, upTo);
      assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
      first = Http.json(started.body()).getJsonNumber("executionId").longValue();
      meanwhile = operator.post(CHARGING, upTo);
    } finally {
      transaction.rollback();
    }
    assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(409);
    assertThat(meanwhile.body())
        .contains("\"code\":\"job_running\"")
        .contains("\"executionId\":" + first);
    assertThat(Jobs.awaitDone(first)).isEqualTo(BatchStatus.COMPLETED);

    // at once, before the lease keeper notes that the first run ended
    HttpResponse<String> again = operator.post(CHARGING, upTo);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
    long second = Http.json(again.body()).getJsonNumber("executionId").longValue();
    // in a transaction: outside one, the entity manager would keep the platform schema it opened
    // with for the rest of this test
    transaction.begin();
    Object[] lease =
        (Object[])
            em.createNativeQuery(
                    "SELECT execution_id, finished_at, takeovers FROM platform.job_leases"
                        + " WHERE job_name = 'hourly-charging' AND started_by = 'operator'"
                        + " AND period_start = ?1")
                .setParameter(1, Timestamp.from(start.plus(Duration.ofHours(1)).plusSeconds(60)))
                .getSingleResult();
    transaction.commit();
    assertThat(((Number) lease[0]).longValue()).isEqualTo(second);
    assertThat(lease[1]).as("claimed again, not finished").isNull();
    assertThat(((Number) lease[2]).intValue()).isZero();
    assertThat(Jobs.awaitDone(second)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(charges(shop, server)).as("13:00 and 14:00, once each").isEqualTo(2);
  }

  /** What a node that died leaves: a lease of another process, unfinished, silent for minutes. */
  private void diesSilently(Instant period) throws Exception {
    transaction.begin();
    em.createNativeQuery(
            "UPDATE platform.job_leases SET holder = 'node-z@gone', finished_at = NULL,"
                + " renewed_at = now() - interval '2 minutes'"
                + " WHERE job_name = 'hourly-charging' AND period_start = ?1"
                + " AND started_by = 'schedule'")
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
                + " AND period_start = ?1 AND started_by = 'schedule'")
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
