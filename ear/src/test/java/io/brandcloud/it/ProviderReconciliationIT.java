package io.brandcloud.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.it.TestTenants.Fixture;
import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.reconciliation.application.ProviderReconciliation;
import io.brandcloud.provisioning.reconciliation.application.ReconciliationReport;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.Servers;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hourly reconciliation with the provider, on the simulator whose "data centre" is changed
 * behind Brandcloud's back, as a provider's own panel would: a server deleted upstream stops being
 * billed and is flagged to staff, a drifted power state is corrected, a lifted suspension is asked
 * for again, and an upstream server that is none of ours is listed for staff to import or ignore.
 */
@ExtendWith(ArquillianExtension.class)
class ProviderReconciliationIT {

  private static final Instant START = Scenario.nextMonthAt("08:05");

  @Inject TestTenants tenants;
  @Inject Scenario scenario;
  @EJB ProviderReconciliation reconciliation;
  @EJB Servers servers;
  @EJB ServerControl control;
  @Resource UserTransaction transaction;

  private Fixture shop;

  @BeforeEach
  void aShop() {
    scenario.at(START);
    shop = tenants.withCustomer(TestTenants.uniqueSlug("reconcile"), new BigDecimal("30.00"));
  }

  @AfterEach
  void backToTheSystemClock() {
    scenario.reset();
  }

  @Test
  void driftIsCorrectedFlaggedAndUnknownServersAreImportedOrIgnored() throws Exception {
    long gone = scenario.runningServer(shop, shop.customerId(), "gone-1");
    long drifted = scenario.runningServer(shop, shop.customerId(), "drift-1");
    long suspended = scenario.runningServer(shop, shop.customerId(), "held-1");
    shop.as(
        () ->
            control.actAsStaff(
                suspended, ServerCommand.of(ServerActionType.SUSPEND), "staff@test"));
    awaitNoActionsOf(suspended);
    Jobs.chargeUpTo(START);

    upstream("UPDATE simulator_servers SET status = 'DELETED' WHERE hostname = 'gone-1'");
    upstream("UPDATE simulator_servers SET power = 'OFF' WHERE hostname = 'drift-1'");
    upstream(
        "UPDATE simulator_servers SET status = 'RUNNING', power = 'ON' WHERE hostname = 'held-1'");
    upstream(
        "INSERT INTO simulator_servers (connection_id, hostname, plan_code, region, image, status,"
            + " ipv4, created_at, ready_at) SELECT min(id), 'stray-1', 'sim-1', 'sim-fra1',"
            + " 'rocky-9', 'RUNNING', '198.51.100.250', now() - interval '1 day',"
            + " now() - interval '1 day' FROM provider_connections");

    scenario.at(START.plus(Duration.ofMinutes(75)));
    ReconciliationReport report = shop.as(reconciliation::reconcile);
    assertThat(report.deletedUpstream()).isEqualTo(1);
    assertThat(report.corrected()).as("the drifted and the lifted suspension").isEqualTo(2);
    assertThat(report.unknown()).isEqualTo(1);

    assertThat(status(gone)).isEqualTo("TERMINATED");
    assertThat(status(drifted)).isEqualTo("STOPPED");
    assertThat(
            number(
                "SELECT count(*) FROM server_actions WHERE server_id = "
                    + suspended
                    + " AND action = 'SUSPEND'"))
        .as("suspended again")
        .isEqualTo(2);
    Jobs.chargeUpTo(START.plus(Duration.ofHours(3)));
    assertThat(number("SELECT count(*) FROM usage_charges WHERE server_id = " + gone))
        .as("hours 8 and 9: found deleted at 9:20")
        .isEqualTo(2);

    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String base = "/t/" + shop.tenant().slug() + "/api/v1/admin/reconciliation";
    JsonObject drift = Http.json(staff.get(base + "/drift").body());
    assertThat(drift.getJsonObject("pagination").getInt("total")).isEqualTo(3);
    assertThat(drift.toString())
        .contains("DELETED_UPSTREAM")
        .contains("STATE_CORRECTED")
        .contains("SUSPENSION_ENFORCED");

    assertThat(shop.as(reconciliation::reconcile).unknown()).isEqualTo(1);
    assertThat(
            Http.json(staff.get(base + "/drift").body())
                .getJsonObject("pagination")
                .getInt("total"))
        .as("a second run notes nothing twice")
        .isEqualTo(3);

    JsonObject stray =
        Http.json(staff.get(base + "/unknown").body()).getJsonArray("data").getJsonObject(0);
    assertThat(stray.getString("name")).isEqualTo("stray-1");
    HttpResponse<String> imported =
        staff.post(
            base + "/unknown/" + stray.getInt("id") + "/import",
            "{\"organisationId\":"
                + shop.customerId()
                + ",\"planId\":"
                + shop.planId()
                + ",\"hostname\":\"stray-1\"}");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(Http.json(imported.body()).getString("status")).isEqualTo("running");
    assertThat(Http.json(staff.get(base + "/unknown").body()).getJsonArray("data")).isEmpty();
    assertThat(shop.as(reconciliation::reconcile).unknown())
        .as("the imported server is ours now")
        .isZero();

    int seen = drift.getJsonArray("data").getJsonObject(0).getInt("id");
    assertThat(staff.post(base + "/drift/" + seen + "/seen", "").statusCode()).isEqualTo(204);
    assertThat(
            Http.json(staff.get(base + "/drift").body())
                .getJsonObject("pagination")
                .getInt("total"))
        .isEqualTo(2);
  }

  @Test
  void anUnknownServerStaffIgnoreStaysIgnored() throws Exception {
    scenario.runningServer(shop, shop.customerId(), "mine-1");
    upstream(
        "INSERT INTO simulator_servers (connection_id, hostname, plan_code, region, image, status,"
            + " ipv4, created_at, ready_at) SELECT min(id), 'other-1', 'sim-1', 'sim-fra1',"
            + " 'rocky-9', 'RUNNING', '198.51.100.251', now(), now() FROM provider_connections");
    assertThat(shop.as(reconciliation::reconcile).unknown()).isEqualTo(1);
    Http staff = new Http(Http.localServer()).as(tenants.staffOf(shop), TestTenants.STAFF_PASSWORD);
    String base = "/t/" + shop.tenant().slug() + "/api/v1/admin/reconciliation";
    int id =
        Http.json(staff.get(base + "/unknown").body())
            .getJsonArray("data")
            .getJsonObject(0)
            .getInt("id");
    assertThat(staff.post(base + "/unknown/" + id + "/ignore", "").statusCode()).isEqualTo(204);
    assertThat(staff.post(base + "/unknown/" + id + "/ignore", "").statusCode()).isEqualTo(404);
    shop.as(reconciliation::reconcile);
    assertThat(Http.json(staff.get(base + "/unknown").body()).getJsonArray("data")).isEmpty();
  }

  private void awaitNoActionsOf(long server) {
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                number(
                        "SELECT count(*) FROM server_actions WHERE server_id = "
                            + server
                            + " AND status IN ('REQUESTED', 'RUNNING')")
                    == 0);
  }

  private String status(long server) {
    return shop.as(() -> servers.ofOrganisation(shop.customerId(), server).status());
  }

  private long number(String query) {
    return shop.as(
        () -> ((Number) tenants.em().createNativeQuery(query).getSingleResult()).longValue());
  }

  private void upstream(String statement) throws Exception {
    transaction.begin();
    shop.as(() -> tenants.em().createNativeQuery(statement).executeUpdate());
    transaction.commit();
  }
}
