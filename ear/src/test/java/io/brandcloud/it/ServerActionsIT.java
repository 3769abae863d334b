package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.actions.application.ServerActions;
import io.brandcloud.provisioning.actions.domain.ServerActionView;
import io.brandcloud.provisioning.providers.infrastructure.SimulatorHangs;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Provider calls run as server actions outside any transaction: a provider that hangs holds no
 * database lock and blocks neither charging nor another tenant's servers, a claim whose worker died
 * is taken again without building twice, and a failed build fails its server.
 */
@ExtendWith(ArquillianExtension.class)
class ServerActionsIT {

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @Inject SimulatorHangs hangs;
  @EJB Servers servers;
  @EJB ServerActions actions;
  @Resource UserTransaction transaction;

  private Fixture stuck;

  @BeforeEach
  void aTenantWhoseProviderHangs() {
    scenario.at(Scenario.nextMonthAt("10:05"));
    stuck = tenants.withCustomer(TestTenants.uniqueSlug("stuck"), new BigDecimal("10.00"));
  }

  @AfterEach
  void letGo() {
    hangs.releaseAll();
    scenario.reset();
  }

  @Test
  void aHangingProviderHoldsNoLockAndBlocksNeitherChargingNorAnotherTenant() {
    long hanging = order(stuck, "hang-1");
    await().atMost(Duration.ofSeconds(10)).until(() -> hangs.isHanging("hang-1"));

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () -> assertThat(locksIn(stuck)).as("locks in the tenant's schema").isZero());
    assertThat(lockedNowait(stuck, "servers", hanging)).isTrue();
    assertThat(status(stuck, hanging)).isEqualTo("PENDING");

    Jobs.chargeUpTo(Scenario.nextMonthAt("10:05"));
    Fixture other = tenants.withCustomer(TestTenants.uniqueSlug("free"), new BigDecimal("10.00"));
    long elsewhere = scenario.runningServer(other, other.customerId(), "free-1");
    assertThat(status(other, elsewhere)).isEqualTo("RUNNING");
    assertThat(hangs.isHanging("hang-1"))
        .as("charging and the other tenant's build were done while the call still hung")
        .isTrue();

    hangs.releaseAll();
    awaitBuilt(stuck, hanging);
    assertThat(actionsOf(stuck, hanging))
        .extracting(ServerActionView::action, ServerActionView::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "SUCCEEDED"));
  }

  @Test
  void aClaimWhoseWorkerDiedIsTakenAgainAndBuildsOneServer() {
    long server = order(stuck, "hang-2");
    await().atMost(Duration.ofSeconds(10)).until(() -> hangs.isHanging("hang-2"));
    // as if the node holding the claim had died and its claim had run out: another worker takes it
    stuck.as(
        () ->
            sql(
                "UPDATE server_actions SET claimed_until = now() - interval '1 second'"
                    + " WHERE server_id = "
                    + server));
    sql(
        "UPDATE platform.work_due SET due_at = now() WHERE queue = 'server-actions'"
            + " AND tenant_id = "
            + stuck.tenant().tenantId());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                number(stuck, "SELECT attempts FROM server_actions WHERE server_id = " + server)
                    == 2);
    // both calls must be waiting before they are let go, or the second would wait its full time
    await().atMost(Duration.ofSeconds(10)).until(() -> hangs.callsHanging("hang-2") == 2);

    hangs.releaseAll();
    awaitBuilt(stuck, server);
    assertThat(
            number(
                stuck,
                "SELECT count(*) FROM simulator_servers WHERE reference = 'bc-t"
                    + stuck.tenant().tenantId()
                    + "-s"
                    + server
                    + "'"))
        .as("the provider built one server for both calls")
        .isEqualTo(1);
  }

  @Test
  void aBuildTheProviderFailsFailsItsServer() {
    Instant ordered = Scenario.nextMonthAt("10:05");
    long server = order(stuck, "fail-1");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "PROVISIONING".equals(status(stuck, server)));
    scenario.at(ordered.plusSeconds(60));
    await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status(stuck, server)));
    ServerActionView create = actionsOf(stuck, server).get(0);
    assertThat(create.status()).isEqualTo("FAILED");
    assertThat(create.lastError()).contains("could not build");
    assertThat(create.requestedBy()).isEqualTo("system");
  }

  /** Waits for the provider to take the build, then lets its build time pass. */
  private void awaitBuilt(Fixture fixture, long server) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "PROVISIONING".equals(status(fixture, server)));
    scenario.at(Scenario.nextMonthAt("10:05").plus(Duration.ofMinutes(10)));
    await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING".equals(status(fixture, server)));
  }

  private long order(Fixture fixture, String hostname) {
    return fixture.as(
        () ->
            servers
                .create(fixture.customerId(), fixture.planId(), hostname, "sim-ams1", "debian-12")
                .id());
  }

  private String status(Fixture fixture, long server) {
    return fixture.as(() -> servers.ofOrganisation(fixture.customerId(), server).status());
  }

  private List<ServerActionView> actionsOf(Fixture fixture, long server) {
    return fixture.as(() -> actions.of(server, PageRequest.of("1", "20")).items());
  }

  /** Locks other sessions hold on tables of the tenant's schema. */
  private long locksIn(Fixture fixture) {
    return ((Number)
            tenants
                .em()
                .createNativeQuery(
                    "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ?1 AND l.pid <> pg_backend_pid()")
                .setParameter(1, fixture.tenant().schema().name())
                .getSingleResult())
        .longValue();
  }

  /** Whether this test can lock the row at once, i.e. nobody else holds it. */
  private boolean lockedNowait(Fixture fixture, String table, long id) {
    return fixture.as(
        () ->
            inTransaction(
                () ->
                    !tenants
                        .em()
                        .createNativeQuery(
                            "SELECT id FROM " + table + " WHERE id = ?1 FOR UPDATE NOWAIT")
                        .setParameter(1, id)
                        .getResultList()
                        .isEmpty()));
  }

  private long number(Fixture fixture, String query) {
    return fixture.as(
        () -> ((Number) tenants.em().createNativeQuery(query).getSingleResult()).longValue());
  }

  private Object sql(String statement) {
    return inTransaction(() -> tenants.em().createNativeQuery(statement).executeUpdate());
  }

  private <T> T inTransaction(Supplier<T> work) {
    try {
      transaction.begin();
      T result = work.get();
      transaction.commit();
      return result;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
